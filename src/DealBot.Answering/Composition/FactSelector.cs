using DealBot.Answering.Analysis;
using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Composition;

/// <summary>
/// Picks the curated facts a question is about. A fact needs a real share of the question's terms; figures must also be
/// of the kind asked for; ties go to facts whose articles retrieval ranked higher, then to the order of the facts file
/// (moderators list the headline figures first).
/// </summary>
internal static class FactSelector
{
    public const double MinimumScore = 0.34;
    // Worth about one word of a question: "first tranche" must outvote the planned total, whose label names more of the
    // question's other words ("percentage of OpenAI").
    private const double AliasWeight = 0.2;

    public static IReadOnlyList<(FactFigure Figure, double Score)> Figures(ComposeContext context, Func<FactFigure, bool>? where = null)
    {
        return context.Facts.Figures
            .Select((f, i) => (Figure: f, Score: context.Matcher.Score(context.Terms, f) + SourceBonus(f.Sources, context) + AliasBonus(f, context) - (i * 0.001)))
            .Where(x => where is null || where(x.Figure))
            .OrderByDescending(x => x.Score)
            .ToList();
    }

    public static (FactFigure Figure, double Score)? BestFigure(ComposeContext context, Func<FactFigure, bool>? where = null)
    {
        var best = Figures(context, where).FirstOrDefault();
        return best.Figure is not null && best.Score >= MinimumScore ? best : null;
    }

    public static (TimelineEvent Event, double Score)? BestEvent(ComposeContext context)
    {
        var best = context.Facts.Events
            .Select((e, i) => (Event: e, Score: context.Matcher.Score(context.Terms, e) + SourceBonus(e.Sources, context) - (i * 0.001)))
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        return best.Event is not null && best.Score >= MinimumScore ? best : null;
    }

    public static IReadOnlyList<(AttributedView View, double Score)> Views(ComposeContext context)
    {
        return context.Facts.Views
            .Select((v, i) => (View: v, Score: context.Matcher.Score(context.Terms, v) + SourceBonus(v.Sources, context) - (i * 0.001)))
            .Where(x => x.Score >= MinimumScore)
            .OrderByDescending(x => x.Score)
            .ToList();
    }

    /// <summary>The figure kinds a question asks for; empty when it does not say.</summary>
    public static IReadOnlySet<FigureKind> AskedKinds(QuestionAnalysis question)
    {
        var kinds = new HashSet<FigureKind>();
        if (question.Has(Intent.Count))
        {
            kinds.Add(FigureKind.Count);
        }

        if (question.Has(Intent.Percent) || question.Has(Intent.Direction))
        {
            kinds.Add(FigureKind.Percent);
        }

        if (question.Has(Intent.Amount))
        {
            kinds.Add(FigureKind.Money);
        }

        if (question.Has(Intent.Power) && !question.Has(Intent.Count))
        {
            kinds.Add(FigureKind.Power);
        }

        return kinds;
    }

    // Moderators list how people ask for a figure ("first tranche", "首笔投资"); the asked part of a question using one
    // of those phrases whole is about that figure, even when a premise or a label shares more of its words with another.
    // An alias that is only a glossary name ("GW", "千兆瓦") says what the figure is measured in or who is involved, which
    // the matcher's entity terms already weigh: "每千兆瓦" asks per unit, not about the capacity figure.
    private static double AliasBonus(FactFigure figure, ComposeContext context)
    {
        var asked = context.Question.Asked;
        return figure.Aliases.Any(a => PhraseMatch.Contains(asked, a) && !NamesEntity(a, context.Facts.Glossary)) ? AliasWeight : 0;
    }

    private static bool NamesEntity(string alias, IReadOnlyList<GlossaryEntry> glossary) =>
        glossary.Any(g => g.English.Concat(g.Chinese).Any(n => string.Equals(n, alias, StringComparison.OrdinalIgnoreCase)));

    // A small nudge toward facts whose articles retrieval found, so the passages and the facts agree.
    private static double SourceBonus(IReadOnlyList<FactSource> sources, ComposeContext context)
    {
        var rank = context.RetrievedSources.Select((id, i) => (id, i)).Where(x => sources.Any(s => s.ArticleId == x.id)).Select(x => x.i).DefaultIfEmpty(-1).Min();
        return rank < 0 ? 0 : 0.05 / (1 + rank);
    }
}
