using DealBot.Knowledge.Storage;
using DealBot.Knowledge.Tests.Support;

namespace DealBot.Knowledge.Tests.Storage;

/// <summary>
/// The checksummed container, read whole from a pooled buffer when it is small and as a stream when it is not: either
/// way what was written reads back record by record, across the reader's buffers, and a damaged file is refused before
/// its payload is handed out, with one line naming the file.
/// </summary>
public sealed class ChecksummedFileTests : IDisposable
{
    private const int Magic = 0x54534554; // "TEST"
    private const int Version = 3;

    // More values than either buffer of a stream holds (16 KB of reading, 64 KB of hashing), so records straddle their
    // edges: a file read whole (under 1 MB), and one read as a stream.
    private const int WholeFileValues = 50_000;
    private const int StreamedFileValues = 300_000;

    public static TheoryData<int> Sizes => [WholeFileValues, StreamedFileValues];

    private readonly TempDirectory _directory = new();

    private string FilePath => _directory.Combine("payload.bin");

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task OpenAsync_WrittenFile_ReadsBackEveryRecordAndEndsThere(int size)
    {
        var values = Values(size);
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

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task OpenAsync_RecordsLeftUnread_EnsureAtEndSaysHowManyBytes(int size)
    {
        await WriteAsync(Values(size));

        using var reader = await ChecksummedFile.OpenAsync(FilePath, Magic, Version, "a test file", CancellationToken.None);
        reader.Reader.ReadString();

        var damaged = Assert.Throws<DamagedFileException>(reader.EnsureAtEnd);
        Assert.Contains("unread bytes at its end", damaged.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, int> Damage()
    {
        var damage = new TheoryData<string, string, int>();
        foreach (var size in new[] { WholeFileValues, StreamedFileValues })
        {
            damage.Add("empty", "payload.bin: empty", size);
            damage.Add("header cut", "payload.bin: truncated (20 bytes, shorter than its header)", size);
            damage.Add("payload cut", "payload.bin: truncated (", size);
            damage.Add("byte flipped in the middle", "payload.bin: checksum mismatch", size);
            damage.Add("byte flipped at the end", "payload.bin: checksum mismatch", size);
            damage.Add("bytes appended", "payload.bin: 3 bytes after its end", size);
            damage.Add("another kind", "payload.bin: not a test file", size);
            damage.Add("another version", "payload.bin: format version 4, this version reads 3", size);
        }

        return damage;
    }

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task OpenAsync_DamagedFile_RefusedWithOneLine(string damage, string message, int size)
    {
        await WriteAsync(Values(size));
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

    [Fact]
    public async Task ReadString_AnyText_TheStringBinaryReaderReads()
    {
        // Around the 128 bytes BinaryReader decodes at a time and the 512 read through the stack, characters of one to
        // four bytes (a surrogate pair straddling each edge), a lone surrogate (written as U+FFFD), and none at all.
        string[] texts =
        [
            string.Empty,
            "Nvidia",
            new string('a', 127) + "英伟达",
            new string('b', 126) + "😀" + "tail",
            new string('c', 510) + "😀",
            new string('d', 511),
            new string('e', 512),
            new string('f', 513),
            string.Concat(Enumerable.Repeat("英伟达计划向OpenAI投资最多1000亿美元。😀 ", 400)),
            "lone \ud800 surrogate",
        ];
        await ChecksummedFile.WriteAsync(FilePath, Magic, Version, writer =>
        {
            foreach (var text in texts)
            {
                writer.Write(text);
            }
        }, CancellationToken.None);

        using var stream = new MemoryStream(await File.ReadAllBytesAsync(FilePath));
        stream.Position = ChecksummedFile.HeaderSize;
        using var expected = new BinaryReader(stream, System.Text.Encoding.UTF8);
        using var reader = await ChecksummedFile.OpenAsync(FilePath, Magic, Version, "a test file", CancellationToken.None);
        foreach (var _ in texts)
        {
            Assert.Equal(expected.ReadString(), reader.ReadString());
        }

        reader.EnsureAtEnd();
    }

    [Fact]
    public async Task ReadString_LengthLargerThanTheBytesLeft_RefusedAsDamage()
    {
        await ChecksummedFile.WriteAsync(FilePath, Magic, Version, writer =>
        {
            writer.Write7BitEncodedInt(1_000);
            writer.Write(1f);
        }, CancellationToken.None);

        using var reader = await ChecksummedFile.OpenAsync(FilePath, Magic, Version, "a test file", CancellationToken.None);

        var damaged = Assert.Throws<DamagedFileException>(() => reader.ReadString());
        Assert.Equal("payload.bin: a string of 1000 bytes cannot fit in the 4 bytes left", damaged.Message);
    }

    public void Dispose() => _directory.Dispose();

    private static float[] Values(int count) => [.. Enumerable.Range(0, count).Select(i => MathF.Sin(i) * (i + 1))];

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
