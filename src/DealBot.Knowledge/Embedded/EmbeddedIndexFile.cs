using DealBot.Core.Documents;
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

    /// <summary>Reads generation <paramref name="version"/> from <paramref name="directory"/> into an index to serve.</summary>
    /// <remarks>
    /// Streamed: each passage's vectors go straight from the file into the index's matrix and postings, so the load
    /// holds neither the file nor a second copy of any vector.
    /// </remarks>
    /// <exception cref="DamagedFileException">The file is missing its end, was edited, or does not hold that generation.</exception>
    /// <exception cref="FileNotFoundException">There is no such generation.</exception>
    public static Task<EmbeddedIndex> LoadAsync(string directory, string version, CancellationToken cancellationToken) =>
        ReadAsync(directory, version, (dimensions, count) => new EmbeddedIndexBuilder(version, dimensions, count), builder => builder.Build(), cancellationToken);

    /// <summary>Reads generation <paramref name="version"/> from <paramref name="directory"/> as it was built, passage by passage.</summary>
    /// <exception cref="DamagedFileException">The file is missing its end, was edited, or does not hold that generation.</exception>
    /// <exception cref="FileNotFoundException">There is no such generation.</exception>
    public static Task<IndexBuild> ReadAsync(string directory, string version, CancellationToken cancellationToken) =>
        ReadAsync(directory, version, (dimensions, count) => new BuildCollector(version, dimensions, count), collector => collector.Build(), cancellationToken);

    private static async Task<TResult> ReadAsync<TSink, TResult>(string directory, string version, Func<int, int, TSink> start, Func<TSink, TResult> finish, CancellationToken cancellationToken)
        where TSink : IPassageSink
    {
        var path = PathOf(directory, version);
        using var reader = await ChecksummedFile.OpenAsync(path, Magic, FormatVersion, Kind, cancellationToken).ConfigureAwait(false);
        try
        {
            var stored = reader.ReadString();
            if (!string.Equals(stored, version, StringComparison.Ordinal))
            {
                throw reader.Damaged($"holds generation {stored}, not {version}");
            }

            var dimensions = reader.ReadInt32(1, MaxDimensions, "dimension count");
            var count = reader.ReadCount(PassageCodec.MinPassageBytes + (dimensions * sizeof(float)), "passages");
            var sink = start(dimensions, count);
            var dense = new float[dimensions];
            var indices = Array.Empty<uint>();
            var values = Array.Empty<float>();
            for (var i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var passage = PassageCodec.Read(reader);
                reader.ReadSingles(dense);
                var sparseCount = reader.ReadCount(SparseEntryBytes, "sparse entries");
                if (sparseCount > indices.Length)
                {
                    indices = new uint[sparseCount];
                    values = new float[sparseCount];
                }

                for (var k = 0; k < sparseCount; k++)
                {
                    indices[k] = reader.Reader.ReadUInt32();
                }

                reader.ReadSingles(values.AsSpan(0, sparseCount));
                sink.Add(passage, dense, indices.AsSpan(0, sparseCount), values.AsSpan(0, sparseCount));
            }

            reader.EnsureAtEnd();
            return finish(sink);
        }
        catch (Exception ex) when (PayloadReader.IsDecodeFailure(ex))
        {
            throw reader.Damaged($"unreadable ({ex.Message})", ex);
        }
    }

    /// <summary>Collects the passages of a generation as they were built, each with its own vectors.</summary>
    private sealed class BuildCollector(string version, int dimensions, int count) : IPassageSink
    {
        private readonly List<IndexedPassage> _passages = new(count);

        public void Add(Passage passage, ReadOnlySpan<float> dense, ReadOnlySpan<uint> sparseIndices, ReadOnlySpan<float> sparseValues) =>
            _passages.Add(new IndexedPassage(passage, dense.ToArray(), new SparseVector(sparseIndices.ToArray(), sparseValues.ToArray())));

        public IndexBuild Build() => new(version, _passages, dimensions);
    }
}
