using System.Diagnostics;
using System.Globalization;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Embedding;
using DealBot.Knowledge.Loading;
using DealBot.Knowledge.Sparse;
using Microsoft.Extensions.Logging;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// Builds a complete index generation from the articles to publish: their passages with their embedding inputs and term
/// counts (from the article cache, or cut again, in isolation, for an article the cache lacks), dense vectors (from the
/// embedding cache, or embedded now) and sparse vectors weighed over the whole corpus for the given glossary.
/// </summary>
internal sealed class IndexBuilder(
    KnowledgePaths paths,
    ArticlePreparer preparer,
    ArticleCache articles,
    ITextEmbedder embedder,
    SparseEncoderProvider encoders,
    IPassageStore store,
    TimeProvider time,
    ILogger<IndexBuilder> logger)
{
    // Texts handed to the embedder at once: enough for every core to stay busy between progress reports.
    private const int Batch = 64;

    public async Task<IndexBuildResult> BuildAsync(
        IReadOnlyList<ArticleEntry> entries,
        FactSheet sheet,
        RefreshFindings findings,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        // Chinese entity names are embedded as their English names: the dense model reads only English (see GlossaryMatcher).
        var glossary = encoders.MatcherFor(sheet);
        var encoder = encoders.For(sheet);
        var glossaryHash = ArticleCache.GlossaryHashOf(sheet.Glossary);
        var published = new List<ArticleEntry>(entries.Count);
        var prepared = new List<PreparedPassage>();
        var publishedKeys = new HashSet<string>(StringComparer.Ordinal);
        var ordered = entries.OrderBy(e => e.Document.SourceId, StringComparer.Ordinal).ToList();

        // The vectors first: a passage whose vector is cached is kept without the text it is embedded from (as long as
        // the passage itself), so the build never holds every embedding input at once. The vectors the live generation
        // holds are its own arrays, so the next generation shares every unchanged passage's vector with it.
        var cache = await EmbeddingCache.LoadAsync(paths.EmbeddingCacheFile, store as ILivePassages, logger, cancellationToken).ConfigureAwait(false);
        progress?.Report(new IngestProgress("prepare", 0, ordered.Count));
        var articleKeys = ordered.ConvertAll(e => articles.KeyOf(e.Document, glossaryHash));

        // Thousands of small files, each read, verified and decoded on its own: one reader per core.
        var cached = new IReadOnlyList<PreparedPassage>?[ordered.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, ordered.Count, parallel, async (i, token) =>
            cached[i] = await articles.TryLoadAsync(articleKeys[i], token).ConfigureAwait(false) is { } passages ? Prepare(passages, cache) : null).ConfigureAwait(false);
        for (var done = 0; done < ordered.Count; done++)
        {
            var (entry, key) = (ordered[done], articleKeys[done]);
            progress?.Report(new IngestProgress("prepare", done, ordered.Count, entry.DisplayName));
            if (cached[done] is not { } ready)
            {
                IReadOnlyList<AnalyzedPassage> analyzed;
                try
                {
                    var cut = entry.Drafts ?? await preparer.DraftsAsync(entry.Document, cancellationToken).ConfigureAwait(false);
                    analyzed = [.. cut.Select(d => new AnalyzedPassage(d with { EmbeddingInput = glossary.WithEnglishNames(d.EmbeddingInput) }, encoder.Count(d.Passage.Text)))];
                }
                catch (DocumentLoadException ex)
                {
                    // Indexed before, but no longer readable by this version of the pipeline: reported, and left out.
                    findings.Fail(entry.DisplayName, ex.Message);
                    continue;
                }

                await articles.SaveAsync(key, analyzed, cancellationToken).ConfigureAwait(false);
                ready = Prepare(analyzed, cache);
            }

            prepared.AddRange(ready);
            cached[done] = null;
            publishedKeys.Add(key);
            published.Add(entry);
        }

        progress?.Report(new IngestProgress("prepare", ordered.Count, ordered.Count));
        articles.Retain(publishedKeys);
        var missing = Enumerable.Range(0, prepared.Count).Where(i => prepared[i].InputToEmbed is not null).ToList();
        for (var offset = 0; offset < missing.Count; offset += Batch)
        {
            progress?.Report(new IngestProgress("embed", offset, missing.Count));
            var batch = missing.Skip(offset).Take(Batch).ToList();
            var vectors = await embedder.EmbedAsync(batch.Select(i => prepared[i].InputToEmbed!).ToList(), cancellationToken).ConfigureAwait(false);
            for (var k = 0; k < batch.Count; k++)
            {
                cache.Set(prepared[batch[k]].Key, vectors[k]);
            }
        }

        progress?.Report(new IngestProgress("embed", missing.Count, missing.Count));
        cache.Retain(prepared.Select(p => p.Key).ToHashSet(StringComparer.Ordinal));
        await cache.SaveAsync(paths.EmbeddingCacheFile, logger, cancellationToken).ConfigureAwait(false);

        var sparse = Bm25SparseEncoder.Weigh(prepared.ConvertAll(p => p.Terms));
        var passages = prepared.Select((p, i) => new IndexedPassage(p.Passage, cache.TryGet(p.Key, out var v) ? v : throw new UnreachableException(), sparse[i])).ToList();
        var version = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture);
        return new IndexBuildResult(new IndexBuild(version, passages, embedder.Dimensions), missing.Count, published);
    }

    // Read from many threads at once: the cache is only read until every article is prepared. A passage the live
    // generation holds unchanged is taken from it (a store in this process), so both generations share it.
    private List<PreparedPassage> Prepare(IReadOnlyList<AnalyzedPassage> analyzed, EmbeddingCache cache) =>
        analyzed.Select(a =>
        {
            var key = EmbeddingCache.KeyOf(embedder.ModelId, a.Draft.EmbeddingInput);
            var passage = store is ILivePassages live ? live.Reuse(a.Draft.Passage) : a.Draft.Passage;
            return new PreparedPassage(passage, a.Terms, key, cache.TryGet(key, out _) ? null : a.Draft.EmbeddingInput);
        }).ToList();

    /// <summary>A passage ready for the index: its term counts, its vector's key, and its embedding input only if that vector is still to be computed.</summary>
    private sealed record PreparedPassage(Passage Passage, TermCounts Terms, string Key, string? InputToEmbed);
}

/// <summary>A built generation, how many passages were embedded for it, and the articles it holds.</summary>
internal sealed record IndexBuildResult(IndexBuild Index, int Embedded, IReadOnlyList<ArticleEntry> Articles);
