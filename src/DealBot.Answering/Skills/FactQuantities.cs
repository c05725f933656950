using System.Globalization;
using DealBot.Answering.Quantities;
using DealBot.Answering.Understanding;
using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Skills;

/// <summary>
/// Curated figures and passage figures as quantities a calculation can use: a count knows what it counts from its
/// label ("US households…" counts households), and a share move is signed by its label's direction ("Fall in
/// Broadcom's share price" is −0.8), as the phrasebook's direction words say.
/// </summary>
internal sealed class FactQuantities(UnitCatalog units, Phrasebook phrasebook)
{
    public Quantity Of(FactFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return Of(figure.Kind, figure.Value, figure.Unit, figure.Label.En + " " + string.Join(" ", figure.Aliases));
    }

    public Quantity? Of(Figure figure, string context) =>
        figure.Kind is FigureKind.Date or FigureKind.Multiple ? null : Of(figure.Kind, figure.Value, figure.Unit, context);

    public Operand Operand(FactFigure figure, SkillContext context, double relevance, int order)
    {
        var citation = Citations.ForFact(figure.Sources, context);
        return new Operand(Of(figure), OperandOrigin.Fact, context.Own(figure.Label.For(context.Language)), Reference(figure), relevance)
        {
            Citation = citation,
            Fact = figure,
            Articles = figure.Sources.Select(s => s.ArticleId).Distinct().ToList(),
            Order = order,
        };
    }

    public static string Reference(FactFigure figure) =>
        string.Create(CultureInfo.InvariantCulture, $"{figure.Sources.FirstOrDefault()?.ArticleId ?? "facts"}#{figure.Id}");

    private Quantity Of(FigureKind kind, decimal value, string unit, string label)
    {
        var lower = label.ToLowerInvariant();
        return kind switch
        {
            FigureKind.Money => new Quantity(value, Dimension.Money(unit)),
            FigureKind.Power => new Quantity(value, Dimension.Watts),
            FigureKind.Energy => new Quantity(value, Dimension.WattHours),
            FigureKind.Percent => Quantity.Percent(Falls(lower) ? -Math.Abs(value) : value),
            FigureKind.Count => new Quantity(value, units.Find(lower).FirstOrDefault(m => m.Kind == UnitMentionKind.Counted)?.Dimension ?? Dimension.Count("thing")),
            _ => Quantity.Plain(value),
        };
    }

    private bool Falls(string lower)
    {
        var cues = phrasebook.Find(lower);
        return cues.Any(c => c.Cue == "direction.down") && !cues.Any(c => c.Cue == "direction.up" && c.Start < cues.First(d => d.Cue == "direction.down").Start);
    }
}
