using DealBot.Core.Retrieval;
using DealBot.Knowledge.Storage;

namespace DealBot.Knowledge.Embedded;

/// <summary>
/// The binary file of one index generation, in a <see cref="ChecksummedFile"/>: the version and dimensions, then each
/// passage with its figures and vectors. Binary rather than JSON because loading at start must be fast; every field is
/// written explicitly, so the format is stable. Reading checks the checksum, every count against the bytes left, and
/// that the file holds the generation it is named after: anything else is a <see cref="DamagedFileException"/>.
/// </summary>
internal static class EmbeddedIndexFile
{
    private const int Magic = 0x58444244; // "DBDX"

    // 2: checksummed container. Version 1 files (no checksum) read as damaged, and the next ingest rebuilds them.
    private const int FormatVersion = 2;
    private const int MaxDimensions = 1 << 14;
    private const string Kind = "a DealBot index generation";

    // The fewest bytes a sparse entry takes, for checking counts before allocating.
    private const int SparseEntryBytes = 8;

    public static string PathOf(string directory, string version) => Path.Combine(directory, FileOf(version));

    public static string FileOf(string version) => $"gen-{version}.bin";

    public static Task WriteAsync(string path, IndexBuild build, CancellationToken cancellationToken) =>
        ChecksummedFile.WriteAsync(path, Magic, FormatVersion, writer =>
        {
            writer.Write(build.Version);
            writer.Write(build.DenseDimensions);
            writer.Write(build.Passages.Count);
            foreach (var indexed in build.Passages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                PassageCodec.Write(writer, indexed.Passage);
                foreach (var value in indexed.Dense)
                {
                    writer.Write(value);
                }

                writer.Write(indexed.Sparse.Count);
                foreach (var index in indexed.Sparse.Indices)
                {
                    writer.Write(index);
                }

                foreach (var value in indexed.Sparse.Values)
                {
                    writer.Write(value);
                }
            }
        }, cancellationToken);

    /// <summary>Reads generation <paramref name="version"/> from <paramref name="directory"/>.</summary>
    /// <exception cref="DamagedFileException">The file is missing its end, was edited, or does not hold that generation.</exception>
    /// <exception cref="FileNotFoundException">There is no such generation.</exception>
    public static async Task<IndexBuild> ReadAsync(string directory, string version, CancellationToken cancellationToken)
    {
        var path = PathOf(directory, version);
        var payload = await ChecksummedFile.ReadAsync(path, Magic, FormatVersion, Kind, cancellationToken).ConfigureAwait(false);
        using var reader = new PayloadReader(payload, Path.GetFileName(path));
        try
        {
            var stored = reader.Reader.ReadString();
            if (!string.Equals(stored, version, StringComparison.Ordinal))
            {
                throw reader.Damaged($"holds generation {stored}, not {version}");
            }

            var dimensions = reader.ReadInt32(1, MaxDimensions, "dimension count");
            var count = reader.ReadCount(PassageCodec.MinPassageBytes + (dimensions * sizeof(float)), "passages");
            var passages = new List<IndexedPassage>(count);
            for (var i = 0; i < count; i++)
            {
                var passage = PassageCodec.Read(reader);
                var dense = new float[dimensions];
                for (var d = 0; d < dimensions; d++)
                {
                    dense[d] = reader.Reader.ReadSingle();
                }

                var sparseCount = reader.ReadCount(SparseEntryBytes, "sparse entries");
                var indices = new uint[sparseCount];
                var values = new float[sparseCount];
                for (var k = 0; k < sparseCount; k++)
                {
                    indices[k] = reader.Reader.ReadUInt32();
                }

                for (var k = 0; k < sparseCount; k++)
                {
                    values[k] = reader.Reader.ReadSingle();
                }

                passages.Add(new IndexedPassage(passage, dense, new SparseVector(indices, values)));
            }

            reader.EnsureAtEnd();
            return new IndexBuild(version, passages, dimensions);
        }
        catch (Exception ex) when (PayloadReader.IsDecodeFailure(ex))
        {
            throw reader.Damaged($"unreadable ({ex.Message})", ex);
        }
    }
}
