using System.ComponentModel;
using DealBot.Answering.Understanding;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Matching;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Plugins;

/// <summary>Finds the deal's curated figures by meaning, in either language (labels, aliases and glossary names).</summary>
public sealed class FiguresPlugin(IKnowledgeCatalog catalog, LexicalMatchers encoders, FigureFormatter formatter)
{
    /// <summary>The best-matching figures, best first; empty when nothing matches.</summary>
    [KernelFunction, Description("Finds the deal's curated figures (investment size, gigawatts, first investment, valuation, share moves, users, Stargate...) by meaning, in English or Chinese. Returns value, unit, hedge (up to / at least), as-of date, the reference to pass to calculator inputs, and the sources' verbatim quotes.")]
    public async Task<IReadOnlyList<FigureMatch>> FindFiguresAsync(
        [Description("What the figure is, in words, e.g. 'first investment', 'OpenAI valuation', '估值'.")] string query,
        [Description("Language of labels and display: \"en\" or \"zh\".")] string language = Languages.English,
        [Description("How many figures to return at most (1-10).")] int limit = 3,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var lang = Languages.Normalize(language) ?? Languages.English;
        var facts = await catalog.GetFactsAsync(cancellationToken).ConfigureAwait(false);
        var matcher = encoders.FactMatcherFor(facts);
        var terms = matcher.QuestionWeights(query ?? string.Empty);
        return [.. facts.Figures
            .Select(f => (Figure: f, Score: Score(matcher, terms, query ?? string.Empty, f)))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score)
            .Take(Math.Clamp(limit, 1, 10))
            .Select(p => ToMatch(p.Figure, p.Score, lang))];
    }

    /// <summary>One figure by its id; null when there is none.</summary>
    [KernelFunction, Description("Gets one curated figure by its id (e.g. 'first-investment').")]
    public async Task<FigureMatch?> GetFigureAsync(
        [Description("The figure's id.")] string id,
        [Description("Language of labels and display: \"en\" or \"zh\".")] string language = Languages.English,
        CancellationToken cancellationToken = default)
    {
        var lang = Languages.Normalize(language) ?? Languages.English;
        var facts = await catalog.GetFactsAsync(cancellationToken).ConfigureAwait(false);
        var figure = facts.Figures.FirstOrDefault(f => string.Equals(f.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));
        return figure is null ? null : ToMatch(figure, 1, lang);
    }

    // Labels, aliases, notes and the id all describe the figure; an alias said word for word ("valuation",
    // "首笔投资") is the strongest signal, so each one adds a whole match's worth.
    private static double Score(FactMatcher matcher, IReadOnlyDictionary<string, double> terms, string query, FactFigure figure)
    {
        var described = matcher.Score(terms, [figure.Label.En, figure.Label.Zh, figure.Note?.En ?? string.Empty, figure.Note?.Zh ?? string.Empty, figure.Id.Replace('-', ' '), .. figure.Aliases]);
        return described + figure.Aliases.Count(a => a.Length > 1 && new PhraseMatcher(a).Matches(query.ToLowerInvariant()).Any());
    }

    private FigureMatch ToMatch(FactFigure f, double score, string language)
    {
        var sources = SourceOrder.ByLanguage(f.Sources, language);
        var reference = $"{sources.FirstOrDefault()?.ArticleId ?? "facts"}#{f.Id}";
        return new FigureMatch(
            f.Id,
            reference,
            f.Label.For(language),
            f.Value,
            f.Unit,
            f.Qualifier,
            formatter.Format(f.Kind, f.Value, f.Unit, f.Qualifier, language),
            f.AsOf,
            f.Note?.For(language),
            sources,
            score);
    }
}
