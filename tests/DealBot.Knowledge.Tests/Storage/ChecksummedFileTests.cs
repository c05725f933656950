using DealBot.Knowledge.Storage;
using DealBot.Knowledge.Tests.Support;

namespace DealBot.Knowledge.Tests.Storage;

/// <summary>
/// The checksummed container read as a stream: what was written reads back record by record, across the reader's
/// buffers, and a damaged file is refused before its payload is handed out, with one line naming the file.
/// </summary>
public sealed class ChecksummedFileTests : IDisposable
{
    private const int Magic = 0x54534554; // "TEST"
    private const int Version = 3;

    // More values than either buffer holds (16 KB of reading, 64 KB of hashing), so records straddle their edges.
    private const int ValueCount = 50_000;

    private readonly TempDirectory _directory = new();

    private string FilePath => _directory.Combine("payload.bin");

    [Fact]
    public async Task OpenAsync_WrittenFile_ReadsBackEveryRecordAndEndsThere()
    {
        var values = Values();
        await WriteAsync(values);

        using var reader = await ChecksummedFile.OpenAsync(FilePath, Magic, Version, "a test file", CancellationToken.None);
        Assert.Equal("first record", reader.Reader.ReadString());
        var count = reader.ReadCount(sizeof(float), "values");
        var read = new float[count];
        reader.ReadSingles(read);
        Assert.Equal("last record", reader.Reader.ReadString());

        Assert.Equal(values, read);
        Assert.Equal(0, reader.Remaining);
        reader.EnsureAtEnd();
    }

    [Fact]
    public async Task OpenAsync_RecordsLeftUnread_EnsureAtEndSaysHowManyBytes()
    {
        await WriteAsync(Values());

        using var reader = await ChecksummedFile.OpenAsync(FilePath, Magic, Version, "a test file", CancellationToken.None);
        reader.Reader.ReadString();

        var damaged = Assert.Throws<DamagedFileException>(reader.EnsureAtEnd);
        Assert.Contains("unread bytes at its end", damaged.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Damage => new()
    {
        { "empty", "payload.bin: empty" },
        { "header cut", "payload.bin: truncated (20 bytes, shorter than its header)" },
        { "payload cut", "payload.bin: truncated (" },
        { "byte flipped in the middle", "payload.bin: checksum mismatch" },
        { "byte flipped at the end", "payload.bin: checksum mismatch" },
        { "bytes appended", "payload.bin: 3 bytes after its end" },
        { "another kind", "payload.bin: not a test file" },
        { "another version", "payload.bin: format version 4, this version reads 3" },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task OpenAsync_DamagedFile_RefusedWithOneLine(string damage, string message)
    {
        await WriteAsync(Values());
        var bytes = await File.ReadAllBytesAsync(FilePath);
        bytes = damage switch
        {
            "empty" => [],
            "header cut" => bytes[..20],
            "payload cut" => bytes[..(bytes.Length / 2)],
            "byte flipped in the middle" => Flip(bytes, bytes.Length / 2),
            "byte flipped at the end" => Flip(bytes, bytes.Length - 1),
            "bytes appended" => [.. bytes, 1, 2, 3],
            "another kind" => Flip(bytes, 0),
            "another version" => Flip(bytes, 4, 4 ^ Version),
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };
        await File.WriteAllBytesAsync(FilePath, bytes);

        var damaged = await Assert.ThrowsAsync<DamagedFileException>(() => ChecksummedFile.OpenAsync(FilePath, Magic, Version, "a test file", CancellationToken.None));

        Assert.StartsWith(message, damaged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', damaged.Message);
    }

    [Fact]
    public async Task OpenAsync_NoSuchFile_SaysItIsMissingRatherThanDamaged()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => ChecksummedFile.OpenAsync(FilePath, Magic, Version, "a test file", CancellationToken.None));
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => ChecksummedFile.OpenAsync(_directory.Combine("gone", "payload.bin"), Magic, Version, "a test file", CancellationToken.None));
    }

    [Fact]
    public async Task ReadCount_CountLargerThanTheBytesLeft_RefusedAsDamage()
    {
        await ChecksummedFile.WriteAsync(FilePath, Magic, Version, writer =>
        {
            writer.Write(1_000);
            writer.Write(1f);
        }, CancellationToken.None);

        using var reader = await ChecksummedFile.OpenAsync(FilePath, Magic, Version, "a test file", CancellationToken.None);

        var damaged = Assert.Throws<DamagedFileException>(() => reader.ReadCount(sizeof(float), "values"));
        Assert.Equal("payload.bin: 1000 values cannot fit in the 4 bytes left", damaged.Message);
    }

    public void Dispose() => _directory.Dispose();

    private static float[] Values() => [.. Enumerable.Range(0, ValueCount).Select(i => MathF.Sin(i) * (i + 1))];

    private Task WriteAsync(float[] values) =>
        ChecksummedFile.WriteAsync(FilePath, Magic, Version, writer =>
        {
            writer.Write("first record");
            writer.Write(values.Length);
            foreach (var value in values)
            {
                writer.Write(value);
            }

            writer.Write("last record");
        }, CancellationToken.None);

    private static byte[] Flip(byte[] bytes, int at, int mask = 0xff)
    {
        bytes[at] ^= (byte)mask;
        return bytes;
    }
}
