using DealBot.Answering.Composition;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Skills;

/// <summary>
/// Answers a figure asked of several companies or people at once ("share moves for nvda, orcl and avgo",
/// "英伟达、甲骨文和博通股价各涨跌了多少"): no one figure names them all, so each named one gets its own figure of the
/// asked kind, listed in the order the question names them. A question that computes with the figures (a ratio, a
/// difference) is the calculation skill's.
/// </summary>
internal sealed class EachSubjectFigureSkill(FigureFormatter formatter, Replies.Replies replies) : IAnswerSkill
{
    // Above the "not in the sources" bid, which would otherwise say no single figure names all of them.
    private const double Confident = 0.8;

    public string Name => "each-figure";

    public SkillBid? Bid(SkillContext context)
    {
        var frame = context.Frame;
        var kinds = FigureSkill.Kinds(frame);
        if (kinds.Count == 0 || frame.IsFollowUp || frame.Quantities.Target.Per is not null || Operates(frame))
        {
            return null;
        }

        var named = frame.Entities
            .Where(e => e.Entry.Kind is "company" or "person" or "project" or "product" && !frame.SupposedEntities.Contains(e.Entry.Id) && !frame.Excluded.Contains(e.Entry.Id))
            .Select(e => e.Entry.Represents ?? e.Entry.Id)
            .Distinct()
            .ToList();
        if (named.Count < 2 || context.Knowledge.Facts.Figures.Any(f => kinds.Contains(f.Kind) && FigureSkill.Covers(context, named, FactScoring.TextsOf(f))))
        {
            return null;
        }

        var ranked = FactScoring.Figures(context, f => kinds.Contains(f.Kind) && ConceptsFit(context, f));
        var picked = new List<FactFigure>();
        foreach (var entity in named)
        {
            // Its own figure: one that names it and none of the others asked about, so "Oracle" is not answered by a
            // figure about Oracle and Nvidia together.
            var own = ranked.FirstOrDefault(x => x.Score >= FactScoring.MinimumScore / 2
                && FactScoring.Names(context, entity, Labels(x.Figure))
                && named.Where(o => o != entity && !context.Knowledge.CoreEntities.Contains(o)).All(o => !FactScoring.Names(context, o, Labels(x.Figure)))
                && !picked.Contains(x.Figure));
            if (own.Figure is not null)
            {
                picked.Add(own.Figure);
            }
        }

        context.Note($"each figure: [{string.Join(", ", named)}] → [{string.Join(", ", picked.Select(f => f.Id))}]");
        if (picked.Count < 2)
        {
            return null;
        }

        var language = context.Language;
        var citations = Citations.Distinct(picked.SelectMany(f => Citations.ForFactAll(f.Sources, context, 1)));
        var asOf = Citations.AsOf(citations);
        var lines = picked.Select(f => "- " + Line(f, language));
        var text = replies.Get("list.intro", language) + "\n" + string.Join("\n", lines) + "\n" + replies.AsReported(asOf, language).Trim();
        var answer = new ComposedAnswer(AnswerStatus.Answered, context.Own(text), citations, [], asOf, [$"each figure: {string.Join(", ", picked.Select(f => f.Id))}"]);
        var result = new TurnResult(Name)
        {
            Items = picked.Select(f => new ListedItem(f.Id, named.FirstOrDefault(e => FactScoring.Names(context, e, Labels(f))), Line(f, language))).ToList(),
            FactIds = picked.Select(f => f.Id).ToList(),
        };
        return new SkillBid(Name, Confident, answer, result);
    }

    private string Line(FactFigure f, string language)
    {
        var value = formatter.Format(f.Kind, f.Value, f.Unit, f.Qualifier, language);
        return language == Languages.Chinese ? $"{f.Label.For(language)}：{value}" : $"{f.Label.For(language)}: {value}";
    }

    // The label says whose figure it is; aliases and quotes may mention others in passing.
    private static IEnumerable<string> Labels(FactFigure f) => [f.Label.En, f.Label.Zh];

    private static bool ConceptsFit(SkillContext context, FactFigure f)
    {
        var concepts = context.Frame.Concepts.Where(c => !context.Knowledge.StoryConcepts.Contains(c)).ToList();
        return concepts.Count == 0 || concepts.Any(c => FactScoring.Names(context, c, FactScoring.TextsOf(f)));
    }

    private static bool Operates(QuestionFrame frame) =>
        frame.HasAny("op.difference", "op.ratio", "op.per", "op.share", "op.sum", "op.total", "op.scale", "op.compare", "op.convert", "frame.hypothetical");
}
