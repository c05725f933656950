using System.Diagnostics;
using DealBot.Answering;
using DealBot.Core.Answers;
using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Knowledge;
using DealBot.Knowledge.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static DealBot.Benchmarks.BenchSupport;

namespace DealBot.Benchmarks;

/// <summary>
/// Measures one corpus size in a process of its own (so the peak working set is this size's alone): the real
/// knowledge/ folder (facts.yaml quotes its articles) plus <c>synthetic</c> generated articles; cold ingest with the
/// model already prepared, unchanged re-ingest, one changed article, the index on disk, search and answer latency with
/// every question embedded afresh.
/// </summary>
internal static class ScaleRun
{
    private const int Seed = 20250922;
    private const int SearchRounds = 4;
    private const int AnswerRounds = 2;

    public static async Task<ScaleFigures> MeasureAsync(int synthetic, int? embeddingThreads, string modelDirectory)
    {
        var root = FindRoot();
        var work = Path.Combine(Path.GetTempPath(), "dealbot-bench-scale-" + Guid.NewGuid().ToString("N"));
        var knowledge = Path.Combine(work, "knowledge");
        var data = Path.Combine(work, "data");
        try
        {
            Directory.CreateDirectory(knowledge);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "knowledge")))
            {
                File.Copy(file, Path.Combine(knowledge, Path.GetFileName(file)));
            }

            var articles = new SyntheticArticles(Seed);
            articles.WriteAll(knowledge, synthetic);
            await using var memory = new StageMemory();
            using var provider = Compose(root, knowledge, data, modelDirectory, embeddingThreads);
            var refresher = provider.GetRequiredService<IKnowledgeRefresher>();

            memory.Enter("cold ingest");
            var coldClock = new StageClock();
            var watch = Stopwatch.StartNew();
            var cold = await refresher.RefreshAsync(IngestRequest.SyncOnly, coldClock);
            var coldTime = watch.Elapsed;
            Require(cold.Published && cold.Failed.Count == 0, "cold ingest failed: " + string.Join("; ", cold.Failed.Select(f => f.File + ": " + f.Reason)) + cold.Blocked);

            memory.Enter("unchanged re-ingest");
            watch.Restart();
            var unchanged = await refresher.RefreshAsync(IngestRequest.SyncOnly);
            var unchangedTime = watch.Elapsed;
            Require(!unchanged.Published && unchanged.PassagesEmbedded == 0, "an unchanged re-ingest published or embedded");

            var changedArticle = Math.Max(1, synthetic / 2);
            if (synthetic > 0)
            {
                articles.Revise(knowledge, changedArticle, revision: 1);
            }
            else
            {
                File.AppendAllText(Path.Combine(knowledge, "market-reaction-en.md"), "\nThe benchmark added this sentence to change one article of the folder.\n");
            }

            memory.Enter("one article changed");
            var changedClock = new StageClock();
            watch.Restart();
            var changed = await refresher.RefreshAsync(IngestRequest.SyncOnly, changedClock);
            var changedTime = watch.Elapsed;
            Require(changed.Published && changed.Updated == 1, $"the changed article was not published ({changed.Updated} updated, {changed.Blocked})");

            var index = new DirectoryInfo(provider.GetRequiredService<KnowledgePaths>().IndexDirectory)
                .EnumerateFiles("gen-*.bin").OrderByDescending(f => f.LastWriteTimeUtc).First().Length;
            var cache = new FileInfo(provider.GetRequiredService<KnowledgePaths>().EmbeddingCacheFile).Length;

            memory.Enter("searches and answers");
            var questions = AnswerBenchmark.Questions(root);
            var search = await SearchLatenciesAsync(provider, questions);
            var answers = await AnswerLatenciesAsync(provider.GetRequiredService<IAnswerService>(), questions);
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            return new ScaleFigures(
                synthetic,
                cold.Added,
                changed.PassageCount,
                coldTime.TotalSeconds,
                coldClock.Milliseconds("embed") / 1000,
                unchangedTime.TotalMilliseconds,
                changedTime.TotalMilliseconds,
                changed.PassagesEmbedded,
                changedClock.Milliseconds("load"),
                changedClock.Milliseconds("prepare"),
                changedClock.Milliseconds("embed"),
                changedClock.Milliseconds("publish"),
                index,
                cache,
                Percentile(search, 0.50),
                Percentile(search, 0.95),
                Percentile(answers, 0.50),
                Percentile(answers, 0.95),
                self.PeakWorkingSet64,
                memory.Peaks());
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    // Every query embedded afresh, as a question the bot has never seen; the first round warms the process up.
    private static async Task<List<double>> SearchLatenciesAsync(IServiceProvider provider, IReadOnlyList<string> questions)
    {
        var latencies = new List<double>();
        var watch = new Stopwatch();
        for (var round = 0; round <= SearchRounds; round++)
        {
            foreach (var text in questions)
            {
                var search = ActivatorUtilities.CreateInstance<HybridKnowledgeSearch>(provider, new QueryEmbeddingCache());
                watch.Restart();
                await search.SearchAsync(text, new SearchOptions(8));
                if (round > 0)
                {
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        latencies.Sort();
        return latencies;
    }

    private static async Task<List<double>> AnswerLatenciesAsync(IAnswerService engine, IReadOnlyList<string> questions)
    {
        var latencies = new List<double>();
        var watch = new Stopwatch();
        for (var round = 0; round <= AnswerRounds; round++)
        {
            foreach (var text in questions)
            {
                watch.Restart();
                await engine.AnswerAsync(new Question(text));
                if (round > 0)
                {
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        latencies.Sort();
        return latencies;
    }

    private static ServiceProvider Compose(string root, string knowledge, string data, string models, int? embeddingThreads)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Knowledge:SourceDirectory"] = knowledge,
            ["Knowledge:DataDirectory"] = data,
            ["Knowledge:ModelDirectory"] = models,
            ["Prompts:Directory"] = Path.Combine(root, "prompts"),
        };
        if (embeddingThreads is { } threads)
        {
            settings["Knowledge:EmbeddingThreads"] = threads.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<AnswerBenchmark.FreshEmbeddingSwitch>();
        services.AddSingleton<IKnowledgeSearch>(sp => sp.GetRequiredService<AnswerBenchmark.FreshEmbeddingSwitch>());
        services.AddKnowledge(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddAnswering(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }
}
