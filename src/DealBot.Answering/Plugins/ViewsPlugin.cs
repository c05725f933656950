using System.ComponentModel;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Matching;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Plugins;

/// <summary>Finds attributed views (who said what) by person, organisation or topic, in either language.</summary>
public sealed class ViewsPlugin(IKnowledgeCatalog catalog, LexicalMatchers encoders)
{
    /// <summary>The best-matching views, best first; empty when nothing matches.</summary>
    [KernelFunction, Description("Finds what people said about the deal (Sam Altman, Bernstein's Stacy Rasgon, antitrust lawyer Andre Barlow, analysts, competitors) by person, organisation or topic (circularity, antitrust, compute, competition), in English or Chinese. Returns the attributed summary and the sources' verbatim quotes.")]
    public async Task<IReadOnlyList<ViewMatch>> FindViewsAsync(
        [Description("A person, organisation or topic, e.g. 'Bernstein', '伯恩斯坦', 'antitrust', '反垄断'.")] string query,
        [Description("Language of the returned text: \"en\" or \"zh\".")] string language = Languages.English,
        [Description("How many views to return at most (1-10).")] int limit = 3,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var lang = Languages.Normalize(language) ?? Languages.English;
        var facts = await catalog.GetFactsAsync(cancellationToken).ConfigureAwait(false);
        var matcher = encoders.FactMatcherFor(facts);
        var terms = matcher.QuestionWeights(query ?? string.Empty);
        return [.. facts.Views
            .Select(v => (View: v, Score: matcher.Score(terms, v)))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score)
            .Take(Math.Clamp(limit, 1, 10))
            .Select(p => new ViewMatch(
                p.View.Id,
                p.View.Person.For(lang),
                p.View.Affiliation.For(lang),
                p.View.Stance,
                p.View.Topics,
                p.View.Said.For(lang),
                SourceOrder.ByLanguage(p.View.Sources, lang),
                p.Score))];
    }
}
