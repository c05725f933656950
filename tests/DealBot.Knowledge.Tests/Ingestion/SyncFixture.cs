using System.Text;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Ingestion;
using DealBot.Knowledge.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Knowledge.Tests.Ingestion;

/// <summary>A temp knowledge directory with three small articles and a temp data directory, for one test.</summary>
internal sealed class SyncFixture : IDisposable
{
    // Each article carries a made-up word found nowhere else, so the sparse leg finds exactly its passages.
    public const string AlphaWord = "zephyrine";
    public const string BetaWord = "quokkalith";
    public const string GammaWord = "萤石矿脉";

    private readonly TempDirectory _root = new();

    public SyncFixture()
    {
        Directory.CreateDirectory(KnowledgeDirectory);
        Write("alpha-en.md", Alpha("Alpha: the letter of intent"));
        Write("beta-en.md", Markdown("beta-en", "Beta: market reaction", "en",
            $"Oracle's share price rose about 6% after the news of the deal, and traders mentioned {BetaWord} in their notes.",
            "Broadcom's share price fell 0.8% after the news of the Nvidia–OpenAI partnership."));
        Write("gamma-zh.md", Markdown("gamma-zh", "伽马：时间线", "zh",
            $"按计划，第一阶段将在2026年下半年上线，使用Vera Rubin平台，{GammaWord}一词只在这里出现。",
            "英伟达硬件对OpenAI的首批交付将在2026年底前完成。"));
        Embedder = new HashEmbedder();
        Host = NewHost();
    }

    public string Root => _root.Path;

    public string KnowledgeDirectory => _root.Combine("knowledge");

    public string DataDirectory => _root.Combine("data");

    public string IndexDirectory => Path.Combine(DataDirectory, "index");

    public HashEmbedder Embedder { get; }

    public KnowledgeHost Host { get; }

    public KnowledgeHost NewHost(HashEmbedder? embedder = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null) =>
        new(KnowledgeDirectory, DataDirectory, embedder ?? Embedder, settings, configure);

    public static string Alpha(string title, string extra = "") => Markdown("alpha-en", title, "en",
        $"Nvidia plans to invest up to US$100 billion in OpenAI as the systems are deployed; analysts call it the {AlphaWord} deal.",
        "The letter of intent calls for at least 10 gigawatts of Nvidia systems for OpenAI's next generation of AI infrastructure." + extra,
        "Nvidia buys non-voting shares of OpenAI, and OpenAI then spends that cash on Nvidia chips, according to people familiar with the matter.");

    public static string Markdown(string id, string title, string language, params string[] paragraphs) =>
        $"---\nid: {id}\ntitle: \"{title}\"\nlanguage: {language}\npublished: 2025-09-23\n---\n\n{string.Join("\n\n", paragraphs)}\n";

    public void Write(string name, string content) => File.WriteAllText(Path.Combine(KnowledgeDirectory, name), content, new UTF8Encoding(false));

    public void Delete(string name) => File.Delete(Path.Combine(KnowledgeDirectory, name));

    /// <summary>The passages the pipeline makes of a file of the knowledge directory.</summary>
    public IReadOnlyList<PassageDraft> DraftsOf(string name)
    {
        var document = Host.Get<DocumentReader>().Read(name, File.ReadAllBytes(Path.Combine(KnowledgeDirectory, name)));
        return Host.Get<PassageBuilder>().Build(document);
    }

    /// <summary>Every passage returned for <paramref name="query"/>, up to 100.</summary>
    public Task<IReadOnlyList<ScoredPassage>> SearchAsync(string query, KnowledgeHost? host = null) =>
        (host ?? Host).Search.SearchAsync(query, new SearchOptions(100));

    public void Dispose()
    {
        Host.Dispose();
        _root.Dispose();
    }
}
