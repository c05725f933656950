using System.Text;
using DealBot.Core.Ingestion;

namespace DealBot.Knowledge.Tests.Ingestion;

/// <summary>Files handed to a refresh (Discord attachments, <c>ingest FILE</c>) land safely in the knowledge directory.</summary>
public sealed class UploadTests : IDisposable
{
    private readonly SyncFixture _kb = new();

    public void Dispose() => _kb.Dispose();

    private static IncomingFile Upload(string name, string content) => new(name, Encoding.UTF8.GetBytes(content));

    private static string Article(string id) =>
        SyncFixture.Markdown(id, "Uploaded", "en", "An uploaded article says Nvidia's first investment of US$10 billion follows a definitive agreement, per the quasarnet memo.");

    [Theory]
    [InlineData("../../evil.md")]
    [InlineData("..\\..\\evil.md")]
    [InlineData("/etc/evil.md")]
    public async Task RefreshAsync_UploadNameWithTraversal_IsSavedUnderItsBaseNameInsideTheKnowledgeDirectory(string name)
    {
        var report = await _kb.Host.RefreshAsync(new IngestRequest(Uploads: [Upload(name, Article("evil"))]));

        Assert.Empty(report.Failed);
        Assert.True(File.Exists(Path.Combine(_kb.KnowledgeDirectory, "evil.md")));
        Assert.False(File.Exists(Path.Combine(_kb.Root, "evil.md")));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_kb.Root)!, "evil.md")));
        Assert.Equal(4, report.Added);
        Assert.Contains(await _kb.SearchAsync("quasarnet"), h => h.Passage.SourceId == "evil");
    }

    [Theory]
    [InlineData(".hidden.md", "hidden.md")]
    [InlineData("notes <2025>?.md", "notes _2025__.md")]
    public async Task RefreshAsync_UploadNameWithUnsafeCharacters_IsSanitised(string name, string saved)
    {
        var report = await _kb.Host.RefreshAsync(new IngestRequest(Uploads: [Upload(name, Article("notes"))]));

        Assert.Empty(report.Failed);
        Assert.True(File.Exists(Path.Combine(_kb.KnowledgeDirectory, saved)), string.Join(", ", Directory.GetFiles(_kb.KnowledgeDirectory).Select(Path.GetFileName)));
    }

    [Fact]
    public async Task RefreshAsync_UploadLargerThanTheLimit_IsRejectedAndNotSaved()
    {
        using var host = _kb.NewHost(settings: new Dictionary<string, string?> { ["Knowledge:MaxFileBytes"] = "2048" });
        var big = Article("big") + new string('x', 3000);

        var report = await host.RefreshAsync(new IngestRequest(Uploads: [Upload("big.md", big)]));

        var failure = Assert.Single(report.Failed);
        Assert.Equal("big.md", failure.File);
        Assert.Contains("larger than the limit", failure.Reason, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_kb.KnowledgeDirectory, "big.md")));
        Assert.Equal(3, report.Added);
    }

    [Theory]
    [InlineData("tool.exe")]
    [InlineData("report.pdf")]
    public async Task RefreshAsync_UploadOfUnsupportedType_IsRejectedAndNotSaved(string name)
    {
        var report = await _kb.Host.RefreshAsync(new IngestRequest(Uploads: [new IncomingFile(name, new byte[] { 0x4d, 0x5a, 0x90, 0x00 })]));

        var failure = Assert.Single(report.Failed);
        Assert.Equal(name, failure.File);
        Assert.Contains("unsupported file type", failure.Reason, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_kb.KnowledgeDirectory, name)));
        Assert.Equal(3, report.Added);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../")]
    [InlineData(".md")]
    public async Task RefreshAsync_UploadWithNoUsableName_IsRejected(string name)
    {
        var report = await _kb.Host.RefreshAsync(new IngestRequest(Uploads: [Upload(name, Article("x"))]));

        Assert.Contains(report.Failed, f => f.File == name);
        Assert.Equal(3, Directory.GetFiles(_kb.KnowledgeDirectory).Length);
    }

    [Fact]
    public async Task RefreshAsync_PathToAFile_IsCopiedIntoTheKnowledgeDirectory()
    {
        var outside = Path.Combine(_kb.Root, "from-disk.md");
        File.WriteAllText(outside, Article("from-disk"));

        var report = await _kb.Host.RefreshAsync(new IngestRequest(Paths: [outside, Path.Combine(_kb.Root, "missing.md")]));

        Assert.True(File.Exists(Path.Combine(_kb.KnowledgeDirectory, "from-disk.md")));
        Assert.Equal(4, report.Added);
        var failure = Assert.Single(report.Failed);
        Assert.Equal(("missing.md", "file not found"), (failure.File, failure.Reason));
    }
}
