using DealBot.Knowledge.Ingestion;
using DealBot.Knowledge.Loading;
using DealBot.Knowledge.Tests.Support;

namespace DealBot.Knowledge.Tests.Ingestion;

/// <summary>
/// An article file is read straight into an array of its size: the bytes come back exactly, at any size up to the limit
/// (one byte, around the 64 KB a chunk used to hold, the limit itself), and a file over the limit is refused.
/// </summary>
public sealed class SourceFileReaderTests : IDisposable
{
    private const int Limit = 200_000;

    private readonly TempDirectory _root = new();
    private readonly KnowledgeHost _host;

    public SourceFileReaderTests()
    {
        Directory.CreateDirectory(_root.Combine("knowledge"));
        _host = new KnowledgeHost(_root.Combine("knowledge"), _root.Combine("data"), settings: new Dictionary<string, string?> { ["Knowledge:MaxFileBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    public static TheoryData<int> Sizes => [1, 4_095, 65_535, 65_536, 65_537, 150_001, Limit];

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task ReadAsync_FileWithinTheLimit_ExactlyItsBytes(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        var path = _root.Combine("knowledge", "article.md");
        await File.WriteAllBytesAsync(path, bytes);

        var read = await _host.Get<SourceFileReader>().ReadAsync(path, CancellationToken.None);

        Assert.Equal(bytes, read);
    }

    [Fact]
    public async Task ReadAsync_FileOverTheLimit_Refused()
    {
        var path = _root.Combine("knowledge", "article.md");
        await File.WriteAllBytesAsync(path, new byte[Limit + 1]);

        await Assert.ThrowsAsync<DocumentLoadException>(() => _host.Get<SourceFileReader>().ReadAsync(path, CancellationToken.None));
    }

    public void Dispose()
    {
        _host.Dispose();
        _root.Dispose();
    }
}
