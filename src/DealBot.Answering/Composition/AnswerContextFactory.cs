using System.Runtime.CompilerServices;
using DealBot.Answering.Quantities;
using DealBot.Answering.Skills;
using DealBot.Answering.Understanding;
using DealBot.Core.Facts;
using DealBot.Core.Matching;
using DealBot.Core.Retrieval;

namespace DealBot.Answering.Composition;

/// <summary>
/// Reads a question and looks it up: the knowledge base as it is now (facts, matchers, articles, today), the
/// question's frame read against the previous turn, and hybrid retrieval for it (with the question it follows, for a
/// follow-up).
/// </summary>
internal sealed class AnswerContextFactory(
    FrameReader reader,
    FollowUpResolver resolver,
    IKnowledgeSearch search,
    IKnowledgeCatalog catalog,
    LexicalMatchers matchers,
    Phrasebook phrasebook,
    UnitCatalog units,
    TimeProvider time)
{
    private const int PassageCount = 8;
    private readonly ConditionalWeakTable<FactSheet, SpellingCorrector> _spellers = [];

    /// <exception cref="KnowledgeStoreUnavailableException">The knowledge base cannot be reached.</exception>
    public async Task<KnowledgeView> ViewAsync(CancellationToken cancellationToken)
    {
        var facts = await catalog.GetFactsAsync(cancellationToken).ConfigureAwait(false);
        var sources = (await catalog.GetSourcesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var speller = _spellers.GetValue(facts, Speller);
        return new KnowledgeView(facts, matchers.FactMatcherFor(facts), matchers.GlossaryFor(facts), speller, sources, today);
    }

    /// <summary>The frame of <paramref name="text"/> read against <paramref name="previous"/>, without retrieval.</summary>
    public QuestionFrame Read(string text, AnsweredTurn? previous, KnowledgeView view)
    {
        var frame = reader.Read(text, view.Glossary, view.Matcher, view.Speller);
        return resolver.Resolve(frame, previous?.Frame, previous?.Result, view.Glossary, view.Matcher, view.CoreEntities);
    }

    /// <summary>The frame of a part of a question (or a whole one) read against the frame and result before it.</summary>
    public QuestionFrame Resolve(QuestionText text, QuestionFrame? previous, TurnResult? result, KnowledgeView view, bool continuesMessage = false) =>
        resolver.Resolve(reader.Read(text, view.Glossary, view.Matcher), previous, result, view.Glossary, view.Matcher, view.CoreEntities, continuesMessage);

    /// <exception cref="KnowledgeStoreUnavailableException">The knowledge base cannot be reached.</exception>
    public async Task<AnswerContext> CreateAsync(string text, AnsweredTurn? previous, KnowledgeView view, CancellationToken cancellationToken)
    {
        var frame = Read(text, previous, view);
        var passages = await RetrieveAsync(frame, view, cancellationToken).ConfigureAwait(false);
        return new AnswerContext(frame, passages, view, previous);
    }

    /// <summary>
    /// What retrieval finds for a frame: for a follow-up, with the question it follows ("and per household?" looks up
    /// the investment asked about before). Messages whose kind decides the reply (refusals, small talk) are not looked
    /// up, which spares embedding them.
    /// </summary>
    public async Task<IReadOnlyList<ScoredPassage>> RetrieveAsync(QuestionFrame frame, KnowledgeView view, CancellationToken cancellationToken)
    {
        if (frame.Kind != QuestionKind.Question || frame.Text.Text.Length == 0)
        {
            return [];
        }

        var query = frame.IsFollowUp && frame.Previous is { } previous ? $"{previous.Text.Text} {frame.Text.Text}" : frame.Text.Text;
        var found = await search.SearchAsync(query, new SearchOptions(PassageCount), cancellationToken).ConfigureAwait(false);

        // "Lodestar這筆債", "欧盟开查之后": a word or a name no fact or retrieved passage knows may name something of an
        // article in the other language, which the question as a whole does not find; looked up alone, it does (a name
        // by all its names in the glossary, so either language's article finds it).
        var unknown = UnknownWords(frame, found, view);
        if (unknown.Count > 0)
        {
            var lookup = string.Join(' ', unknown.Select(w => view.EntryOf(w) is { } entry ? string.Join(' ', entry.English.Concat(entry.Chinese)) : w));
            var more = await search.SearchAsync(lookup, new SearchOptions(UnknownWordPassages), cancellationToken).ConfigureAwait(false);
            var naming = more.Where(p => !found.Any(f => f.Passage.Id == p.Passage.Id) && unknown.Any(w => view.Matcher.Terms(p.Passage.Title + "\n" + p.Passage.Text).Contains(w))).ToList();
            if (naming.Count > 0)
            {
                found = [.. found, .. naming];
            }
        }

        // A name only a later article uses ("Birch Ridge") makes the question about that article: all of it is read
        // first, in whatever language it is written, since a question in the other language shares few words with it.
        var named = ArticleNames.Articles(ArticleNames.Of(frame.Terms, found, view), found, view);
        if (named.Count == 0)
        {
            // "and who led it?" after an answer quoting a later article: that article is still what is asked about.
            named = ArticleNames.Quoted(frame, view);
        }

        if (named.Count == 0)
        {
            if (!frame.Has("frame.later"))
            {
                return found;
            }

            // "did they ever sign?", "the latest valuation", "so far", "现在": what happened after the curated coverage is
            // in the articles added later. They are searched on their own too, since the curated articles, more and
            // often in the question's language, can fill every place of the search above; then read first.
            if (view.LaterArticles.Count > 0)
            {
                var since = await search.SearchAsync(query, new SearchOptions(LaterPassages, SourceIds: [.. view.LaterArticles]), cancellationToken).ConfigureAwait(false);
                found = [.. found, .. since.Where(p => !found.Any(f => f.Passage.Id == p.Passage.Id))];
            }

            return [.. found.Where(p => !view.CuratedArticles.Contains(p.Passage.SourceId)), .. found.Where(p => view.CuratedArticles.Contains(p.Passage.SourceId))];
        }

        var article = await search.SearchAsync(query, new SearchOptions(ArticlePassages, SourceIds: named), cancellationToken).ConfigureAwait(false);
        var first = found.Where(p => named.Contains(p.Passage.SourceId)).Concat(article).DistinctBy(p => p.Passage.Id).ToList();
        return [.. first, .. found.Where(p => !named.Contains(p.Passage.SourceId))];
    }

    private const int ArticlePassages = 6;
    private const int LaterPassages = 4;
    private const int UnknownWordPassages = 4;
    private const int NameLength = 4;

    // Latin words of the question that neither the curated facts nor any retrieved passage use.
    private static List<string> UnknownWords(QuestionFrame frame, IReadOnlyList<ScoredPassage> found, KnowledgeView view)
    {
        // A name of the glossary is sought only where articles were added later: the curated ones were all searched already.
        var later = view.LaterArticles.Count > 0;
        var words = frame.Terms.Keys.Where(t => ((t.Length >= NameLength && t.All(char.IsAsciiLetterLower)) || (later && view.NamesSomeone(t))) && !view.FactTerms.Contains(t)).ToList();
        if (words.Count == 0)
        {
            return words;
        }

        var retrieved = found.Select(p => view.Matcher.Terms(p.Passage.Title + "\n" + p.Passage.Text)).ToList();
        return words.Where(w => !retrieved.Any(r => r.Contains(w))).ToList();
    }

    // What the engine understands, for forgiving typos: names, phrases, units and the words of the curated facts.
    private SpellingCorrector Speller(FactSheet facts) => new(
        phrasebook.Vocabulary
            .Concat(facts.Figures.SelectMany(FactScoring.TextsOf))
            .Concat(facts.Events.SelectMany(e => new[] { e.What.En }.Concat(e.Sources.Select(s => s.Quote))))
            .Concat(facts.Views.SelectMany(v => new[] { v.Person.En, v.Affiliation.En, v.Said.En }.Concat(v.Sources.Select(s => s.Quote)))),
        facts.Glossary.SelectMany(g => g.AllNames)
            .Concat(units.Names)
            .Concat(facts.Figures.SelectMany(f => new[] { f.Label.En }.Concat(f.Aliases))));
}
