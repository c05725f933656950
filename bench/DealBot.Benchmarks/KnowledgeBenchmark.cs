using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using DealBot.Benchmarks;
using DealBot.Core.Documents;
using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Knowledge;
using DealBot.Knowledge.Embedded;
using DealBot.Knowledge.Retrieval;
using DealBot.Knowledge.Tests.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static DealBot.Benchmarks.BenchSupport;

namespace DealBot.Benchmarks;

// Measures the knowledge pipeline on the real knowledge/ directory with the real MiniLM embedder:
// cold ingest, unchanged re-ingest, warm search latency (query embedding included), peak memory, and recall@5 of
// hybrid retrieval against a plain Lucene.Net BM25 baseline over the same passages and questions.
internal static class KnowledgeBenchmark
{
    public static async Task RunAsync()
    {
        const int K = 5;
        const int LatencyRounds = 10;

        var root = FindRoot();
        var knowledge = Path.Combine(root, "knowledge");
        var resources = Path.Combine(root, "tests", "DealBot.Knowledge.Tests", "Resources");
        var judge = RelevanceJudge.Load(Path.Combine(resources, "retrieval-labels.jsonl"));
        var questions = RelevanceJudge.AnsweredQuestions(Path.Combine(resources, "dev-questions.jsonl"), "dev")
            .Concat(RelevanceJudge.AnsweredQuestions(Path.Combine(resources, "retrieval-heldout.jsonl"), "held-out"))
            .ToList();
        var allQuestionTexts = File.ReadLines(Path.Combine(resources, "dev-questions.jsonl"))
            .Concat(File.ReadLines(Path.Combine(resources, "retrieval-heldout.jsonl")))
            .Where(l => l.Trim().Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var data = Path.Combine(Path.GetTempPath(), "dealbot-bench-" + Guid.NewGuid().ToString("N"));

        Console.WriteLine($"DealBot knowledge benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeMode()}, {GcMode()}");
        Console.WriteLine($"knowledge: {knowledge}");
        Console.WriteLine();

        long pipelinePeak;
        try
        {
            using var provider = Compose(knowledge, data);
            var refresher = provider.GetRequiredService<IKnowledgeRefresher>();

            // 1. Cold ingest: empty data directory, model prepared and loaded on first use (included).
            var watch = Stopwatch.StartNew();
            var cold = await refresher.RefreshAsync(IngestRequest.SyncOnly);
            var coldTime = watch.Elapsed;
            Require(cold.Failed.Count == 0 && cold.Published, $"cold ingest failed: {string.Join("; ", cold.Failed.Select(f => f.File + ": " + f.Reason))}");

            // 2. Re-ingest with nothing changed, same process; then a new composition over the same data (a restarted process).
            watch.Restart();
            var again = await refresher.RefreshAsync(IngestRequest.SyncOnly);
            var againTime = watch.Elapsed;
            TimeSpan restartTime;
            IngestReport restarted;
            using (var second = Compose(knowledge, data))
            {
                watch.Restart();
                restarted = await second.GetRequiredService<IKnowledgeRefresher>().RefreshAsync(IngestRequest.SyncOnly);
                restartTime = watch.Elapsed;
            }

            // 3. Warm search latency: every query embeds (a fresh query-embedding cache per query), over distinct question texts.
            var store = provider.GetRequiredService<IPassageStore>();
            IKnowledgeSearch FreshSearch() => ActivatorUtilities.CreateInstance<HybridKnowledgeSearch>(provider, new QueryEmbeddingCache());
            foreach (var text in allQuestionTexts.Take(10))
            {
                await FreshSearch().SearchAsync(text, new SearchOptions(K));
            }

            var latencies = new List<double>();
            for (var round = 0; round < LatencyRounds; round++)
            {
                foreach (var text in allQuestionTexts)
                {
                    var search = FreshSearch();
                    watch.Restart();
                    await search.SearchAsync(text, new SearchOptions(K));
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            latencies.Sort();
            using (var self = Process.GetCurrentProcess())
            {
                // The bot's own workload ends here; the Lucene baseline below loads its own dictionaries.
                self.Refresh();
                pipelinePeak = self.PeakWorkingSet64;
            }

            // 4. Recall@5: hybrid (as the bot searches: no language filter) vs BM25 over the same passages.
            var passages = await LivePassagesAsync(provider);
            using var bm25 = new Bm25Baseline(passages);
            var search5 = provider.GetRequiredService<IKnowledgeSearch>();
            var rows = new List<(RetrievalQuestion Q, bool Hybrid, bool Bm25)>();
            foreach (var q in questions)
            {
                var hybrid = await search5.SearchAsync(q.Question, new SearchOptions(K));
                var baseline = bm25.Search(q.Question, K);
                rows.Add((q, judge.IsHit(q.Id, hybrid.Select(h => h.Passage.Text)), judge.IsHit(q.Id, baseline.Select(p => p.Text))));
            }

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var peakWorkingSet = process.PeakWorkingSet64;
            var gcInfo = GC.GetGCMemoryInfo();

            Console.WriteLine("| measure | figure | budget |");
            Console.WriteLine("|---|---|---|");
            Console.WriteLine($"| cold ingest ({cold.Added} files, {cold.PassageCount} passages, {cold.PassagesEmbedded} embedded, model preparation and load included) | {coldTime.TotalSeconds:F2} s | ≤ 15 s |");
            Console.WriteLine($"| re-ingest, nothing changed, same process ({again.Unchanged} unchanged, {again.PassagesEmbedded} embedded, published: {again.Published}) | {againTime.TotalMilliseconds:F0} ms | ≤ 1 s |");
            Console.WriteLine($"| re-ingest, nothing changed, restarted process ({restarted.Unchanged} unchanged, {restarted.PassagesEmbedded} embedded) | {restartTime.TotalMilliseconds:F0} ms | ≤ 1 s |");
            Console.WriteLine($"| search p50 / p95 / p99, warm, query embedding included ({latencies.Count} queries, {allQuestionTexts.Count} distinct texts) | {Percentile(latencies, 0.50):F1} / {Percentile(latencies, 0.95):F1} / {Percentile(latencies, 0.99):F1} ms | p95 ≤ 20 ms |");
            Console.WriteLine($"| peak working set after ingest + searches (before the Lucene baseline) | {pipelinePeak / 1048576.0:F0} MB | ≤ 400 MB |");
            Console.WriteLine($"| peak working set at the end (Lucene + SmartCn loaded too) | {peakWorkingSet / 1048576.0:F0} MB | |");
            Console.WriteLine($"| managed heap: peak committed / now | {gcInfo.TotalCommittedBytes / 1048576.0:F0} MB / {GC.GetTotalMemory(false) / 1048576.0:F0} MB | |");
            Console.WriteLine();
            Console.WriteLine($"Recall@{K} ({passages.Count} passages; labels: tests/DealBot.Knowledge.Tests/Resources/retrieval-labels.jsonl)");
            Console.WriteLine();
            Console.WriteLine("| questions | n | hybrid | BM25 (Lucene.Net, English/SmartCn) |");
            Console.WriteLine("|---|---|---|---|");
            foreach (var group in rows.GroupBy(r => (r.Q.Set, r.Q.Language)).OrderBy(g => g.Key.Set, StringComparer.Ordinal).ThenBy(g => g.Key.Language, StringComparer.Ordinal))
            {
                Console.WriteLine($"| {group.Key.Set} {group.Key.Language} | {group.Count()} | {Rate(group.Count(r => r.Hybrid), group.Count())} | {Rate(group.Count(r => r.Bm25), group.Count())} |");
            }

            Console.WriteLine($"| all | {rows.Count} | {Rate(rows.Count(r => r.Hybrid), rows.Count)} | {Rate(rows.Count(r => r.Bm25), rows.Count)} |");
            Console.WriteLine();
            Console.WriteLine("Misses (H = hybrid, B = BM25):");
            foreach (var r in rows.Where(r => !r.Hybrid || !r.Bm25))
            {
                Console.WriteLine($"  {(r.Hybrid ? " " : "H")}{(r.Bm25 ? " " : "B")} {r.Q.Id}: {r.Q.Question}");
            }
        }
        finally
        {
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    // The executable runs workstation GC without the background (concurrent) collector; memory figures are comparable
    // only when this process runs the same way.
    private static string GcMode() =>
        $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, {(GCSettings.LatencyMode == GCLatencyMode.Batch ? "non-concurrent" : "concurrent")}";

    internal static ServiceProvider Compose(string knowledge, string data)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:SourceDirectory"] = knowledge,
            ["Knowledge:DataDirectory"] = data,
            // A model folder of its own, so the cold ingest includes preparing the model as a first run on a machine does.
            ["Knowledge:ModelDirectory"] = Path.Combine(data, "models"),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKnowledge(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task<IReadOnlyList<Passage>> LivePassagesAsync(IServiceProvider provider)
    {
        // Exactly the passages the hybrid index serves: read from the live generation file.
        var paths = provider.GetRequiredService<KnowledgePaths>();
        var pointer = await GenerationPointer.ReadAsync(paths.IndexDirectory, CancellationToken.None) ?? throw new InvalidOperationException("no index");
        var build = await EmbeddedIndexFile.ReadAsync(paths.IndexDirectory, pointer.Current, CancellationToken.None);
        return [.. build.Passages.Select(p => p.Passage)];
    }
}
