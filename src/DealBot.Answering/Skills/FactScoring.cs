using DealBot.Answering.Understanding;
using DealBot.Core.Facts;

namespace DealBot.Answering.Skills;

/// <summary>
/// How well curated facts match a question: the weighted share of its topic terms their labels, aliases and texts
/// contain (in either language), a bonus when the asked part uses one of a figure's aliases whole, and a nudge toward
/// facts whose articles retrieval ranked high. Ties go to the order of the facts file (headline figures first).
/// </summary>
internal static class FactScoring
{
    public const double MinimumScore = 0.34;

    // Worth about one word of a question: "first tranche" must outvote the planned total, whose label names more of
    // the question's other words.
    private const double AliasWeight = 0.2;

    public static List<(FactFigure Figure, double Score)> Figures(SkillContext context, Func<FactFigure, bool>? where = null) =>
        context.Knowledge.Facts.Figures
            .Select((f, i) => (Figure: f, Score: context.Knowledge.Matcher.Score(context.Terms, f) + AliasBonus(f, context) + SourceBonus(f.Sources, context) - (i * 0.001)))
            .Where(x => where is null || where(x.Figure))
            .OrderByDescending(x => x.Score)
            .ToList();

    public static List<(TimelineEvent Event, double Score)> Events(SkillContext context) =>
        context.Knowledge.Facts.Events
            .Select((e, i) => (Event: e, Score: context.Knowledge.Matcher.Score(context.Terms, e) + SourceBonus(e.Sources, context) - (i * 0.001)))
            .OrderByDescending(x => x.Score)
            .ToList();

    public static List<(AttributedView View, double Score)> Views(SkillContext context) =>
        context.Knowledge.Facts.Views
            .Select((v, i) => (View: v, Score: context.Knowledge.Matcher.Score(context.Terms, v) + SourceBonus(v.Sources, context) - (i * 0.001)))
            .OrderByDescending(x => x.Score)
            .ToList();

    /// <summary>True when <paramref name="texts"/> name the entity <paramref name="entityId"/> (in any of its names).</summary>
    public static bool Names(SkillContext context, string entityId, IEnumerable<string> texts) =>
        context.Knowledge.Matcher.Score(new Dictionary<string, double>(StringComparer.Ordinal) { ["e:" + entityId] = 1 }, texts) > 0;

    public static IEnumerable<string> TextsOf(FactFigure figure) =>
        [figure.Label.En, figure.Label.Zh, .. figure.Aliases, figure.Note?.En ?? string.Empty, figure.Note?.Zh ?? string.Empty, .. figure.Sources.Select(s => s.Quote)];

    /// <summary>True when the asked part of the question uses one of the figure's aliases whole ("first tranche").</summary>
    public static bool AliasUsed(FactFigure figure, SkillContext context)
    {
        var asked = context.Frame.Premise is { } premise ? context.Frame.Text.Text.Replace(premise, " ", StringComparison.Ordinal) : context.Frame.Text.Text;
        var lower = asked.ToLowerInvariant();
        return figure.Aliases.Any(a => !NamesEntity(a, context.Knowledge.Facts.Glossary) && new PhraseMatcher(a).Matches(lower).Any());
    }

    private static double AliasBonus(FactFigure figure, SkillContext context) => AliasUsed(figure, context) ? AliasWeight : 0;

    // An alias that is only a glossary name ("GW", "千兆瓦") says what the figure is measured in or who is involved,
    // which the matcher's entity terms already weigh.
    private static bool NamesEntity(string alias, IReadOnlyList<GlossaryEntry> glossary) =>
        glossary.Any(g => g.AllNames.Any(n => string.Equals(n, alias, StringComparison.OrdinalIgnoreCase)));

    // A small nudge toward facts whose articles retrieval found, so the passages and the facts agree.
    private static double SourceBonus(IReadOnlyList<FactSource> sources, SkillContext context)
    {
        var rank = context.RetrievedSources.Select((id, i) => (id, i)).Where(x => sources.Any(s => s.ArticleId == x.id)).Select(x => x.i).DefaultIfEmpty(-1).Min();
        return rank < 0 ? 0 : 0.05 / (1 + rank);
    }
}
