using System.Text;
using DealBot.Core.Facts;
using DealBot.Core.Ingestion;
using DealBot.Knowledge.Tests.Ingestion;
using DealBot.Knowledge.Tests.Support;

namespace DealBot.Knowledge.Tests.Faults;

/// <summary>
/// The three articles of <see cref="SyncFixture"/> with a facts.yaml and a glossary.yaml that check out against them,
/// already refreshed once: a live knowledge base for a fault to be thrown at. The checks every fault test makes (one
/// line, no stack trace, the good source still answers) live here.
/// </summary>
internal sealed class FaultKnowledge : IDisposable
{
    public const string AlphaTitle = "Alpha: the letter of intent";

    public const string FactsYaml = """
        figures:
          - id: nvidia-investment-total
            label: { en: "Nvidia's planned investment in OpenAI", zh: "英伟达计划对OpenAI的投资" }
            kind: money
            value: 100e9
            unit: USD
            qualifier: up_to
            as_of: 2025-09-23
            sources:
              - { article: alpha-en, quote: "Nvidia plans to invest up to US$100 billion in OpenAI" }
        """;

    public const string GlossaryYaml = """
        glossary:
          - { id: nvidia, kind: company, en: [ "Nvidia" ], zh: [ "英伟达" ] }
          - { id: oracle, kind: company, en: [ "Oracle" ], zh: [ "甲骨文" ] }
        """;

    /// <summary>A figure no article states: it must never be served.</summary>
    public const string UnsupportedFigure = """

          - id: nvidia-investment-inflated
            label: { en: "Nvidia's total investment", zh: "英伟达的总投资" }
            kind: money
            value: 300e9
            unit: USD
            qualifier: up_to
            as_of: 2025-09-23
            sources:
              - { article: alpha-en, quote: "up to US$300 billion" }
        """;

    public FaultKnowledge()
    {
        Kb = new SyncFixture();
        Kb.Write("facts.yaml", FactsYaml);
        Kb.Write("glossary.yaml", GlossaryYaml);
    }

    public SyncFixture Kb { get; }

    public KnowledgeHost Host => Kb.Host;

    public string Folder => Kb.KnowledgeDirectory;

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Write(string name, string content) => Kb.Write(name, content);

    public void WriteBytes(string name, byte[] content) => File.WriteAllBytes(PathOf(name), content);

    /// <summary>The first refresh: the live knowledge base every test starts from.</summary>
    public async Task<IngestReport> BaselineAsync(KnowledgeHost? host = null)
    {
        var report = await (host ?? Host).RefreshAsync();
        Assert.True(report.Published && report.Failed.Count == 0, string.Join("; ", report.Failed.Select(f => $"{f.File}: {f.Reason}")));
        return report;
    }

    /// <summary>The one failure the report gives for <paramref name="file"/>; its reason is one line with no stack trace.</summary>
    public static string SingleReason(IngestReport report, string file)
    {
        var failure = Assert.Single(report.Failed, f => f.File == file);
        AssertOneLine(failure.Reason);
        return failure.Reason;
    }

    public static void AssertOneLine(string? message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", message, StringComparison.Ordinal);
    }

    /// <summary>The live knowledge base still answers about the deal from the good alpha article, listed once.</summary>
    public async Task AssertAlphaStillAnswersAsync(KnowledgeHost? host = null)
    {
        host ??= Host;
        var hits = await Kb.SearchAsync(SyncFixture.AlphaWord, host);
        Assert.Contains(hits, h => h.Passage.SourceId == "alpha-en" && h.Passage.Title == AlphaTitle);
        var sources = await host.Get<IKnowledgeCatalog>().GetSourcesAsync();
        var alpha = Assert.Single(sources, s => s.SourceId == "alpha-en");
        Assert.Equal("alpha-en.md", alpha.FileName);
        Assert.Equal(sources.Count, sources.Select(s => s.SourceId).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    /// <summary>The facts served are the ones published with the baseline: the $100 billion figure, nothing else.</summary>
    public static async Task AssertBaselineFactsServedAsync(KnowledgeHost host)
    {
        var facts = await host.Get<IKnowledgeCatalog>().GetFactsAsync();
        var figure = Assert.Single(facts.Figures);
        Assert.Equal(("nvidia-investment-total", 100e9m), (figure.Id, figure.Value));
        Assert.Equal(["nvidia", "oracle"], facts.Glossary.Select(g => g.Id));
    }

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    public void Dispose() => Kb.Dispose();
}
