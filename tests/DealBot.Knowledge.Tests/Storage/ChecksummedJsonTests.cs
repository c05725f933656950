using System.Security.Cryptography;
using System.Text;
using DealBot.Core.Documents;
using DealBot.Knowledge.Ingestion;
using DealBot.Knowledge.Storage;
using DealBot.Knowledge.Tests.Support;

namespace DealBot.Knowledge.Tests.Storage;

/// <summary>
/// The checksummed JSON files written and read as streams: a large value (the refresh state of many articles) reads
/// back as it was, a file laid out by hand or by an editor still reads when its checksum holds, and a torn, edited or
/// cut file is refused with one line.
/// </summary>
public sealed class ChecksummedJsonTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string FilePath => _directory.Combine("refresh-state.json");

    [Fact]
    public async Task ReadAsync_LargeValueWritten_ReadsBackAsItWas()
    {
        var state = State(articles: 300);
        await state.SaveAsync(FilePath, CancellationToken.None);

        var read = await ChecksummedJson.ReadAsync(FilePath, RefreshJsonContext.Default.RefreshState, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal((state.IndexVersion, state.Fingerprint), (read.IndexVersion, read.Fingerprint));
        Assert.Equal(state.Files.OrderBy(f => f.Key, StringComparer.Ordinal), read.Files.OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.True(new FileInfo(FilePath).Length > 1 << 17, "the value spans many of the reader's buffers");
    }

    [Fact]
    public async Task ReadAsync_SameDataLaidOutByAnEditor_StillReadsWhileItsChecksumHolds()
    {
        var state = State(articles: 3);
        await state.SaveAsync(FilePath, CancellationToken.None);
        var text = await File.ReadAllTextAsync(FilePath);
        await File.WriteAllTextAsync(FilePath, "\uFEFF" + text.Replace("\"data\":", "\"data\" :\n  ", StringComparison.Ordinal) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        var read = await ChecksummedJson.ReadAsync(FilePath, RefreshJsonContext.Default.RefreshState, CancellationToken.None);

        Assert.Equal(state.Files.Count, read!.Files.Count);
        Assert.Equal(state.Files["article-2.md"], read.Files["article-2.md"]);
    }

    public static TheoryData<string, string> Damage => new()
    {
        { "torn before its checksum was written", "checksum mismatch" },
        { "a letter of the data edited", "checksum mismatch" },
        { "cut in the middle", "not valid JSON" },
        { "its closing brace cut", "checksum mismatch" },
        { "the checksum of other data", "checksum mismatch" },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task ReadAsync_DamagedFile_RefusedWithOneLine(string damage, string reason)
    {
        await State(articles: 50).SaveAsync(FilePath, CancellationToken.None);
        var text = await File.ReadAllTextAsync(FilePath);
        var data = text[(text.IndexOf("\"data\":", StringComparison.Ordinal) + 7)..^1];
        text = damage switch
        {
            "torn before its checksum was written" => $"{{\"sha256\":\"{new string('0', 64)}\",\"data\":{data}}}",
            "a letter of the data edited" => text.Replace("Article 7 ", "Article 8 ", StringComparison.Ordinal),
            "cut in the middle" => text[..(text.Length / 2)],
            "its closing brace cut" => text[..^1],
            "the checksum of other data" => $"{{\"sha256\":\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data + " ")))}\",\"data\":{data}}}",
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };
        await File.WriteAllTextAsync(FilePath, text);

        var damaged = await Assert.ThrowsAsync<DamagedFileException>(() => ChecksummedJson.ReadAsync(FilePath, RefreshJsonContext.Default.RefreshState, CancellationToken.None));

        Assert.Equal($"refresh-state.json: {damaged.Reason}", damaged.Message);
        Assert.StartsWith(reason, damaged.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', damaged.Message);
    }

    public void Dispose() => _directory.Dispose();

    private static RefreshState State(int articles) => new(
        Enumerable.Range(0, articles).ToDictionary(
            i => $"article-{i}.md",
            i => new FileState($"hash-{i}", new SourceDocument($"article-{i}", $"Article {i} title", Languages.English, new DateOnly(2025, 9, 22), null, $"article-{i}.md", $"hash-{i}", string.Concat(Enumerable.Repeat($"Article {i} says Nvidia invests. 英伟达投资。 ", 40))), null),
            StringComparer.Ordinal),
        "20250923T100000000",
        "fingerprint");
}
