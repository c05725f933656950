using System.Text;
using DealBot.Core.Documents;
using DealBot.Core.Figures;
using DealBot.Core.Retrieval;

namespace DealBot.Knowledge.Embedded;

/// <summary>
/// The binary file of one index generation: a header, then each passage with its figures and vectors. Binary rather
/// than JSON because loading at start must be fast; every field is written explicitly, so the format is stable.
/// </summary>
internal static class EmbeddedIndexFile
{
    private const int Magic = 0x58444244; // "DBDX"
    private const int FormatVersion = 1;

    public static async Task WriteAsync(string path, IndexBuild build, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(build.Version);
            writer.Write(build.DenseDimensions);
            writer.Write(build.Passages.Count);
            foreach (var indexed in build.Passages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WritePassage(writer, indexed.Passage);
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
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        // The rename that publishes this file must never point at data still in the page cache only.
        stream.Flush(flushToDisk: true);
    }

    public static async Task<IndexBuild> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is not an index file of this version");
        }

        var version = reader.ReadString();
        var dimensions = reader.ReadInt32();
        var count = reader.ReadInt32();
        var passages = new List<IndexedPassage>(count);
        for (var i = 0; i < count; i++)
        {
            var passage = ReadPassage(reader);
            var dense = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                dense[d] = reader.ReadSingle();
            }

            var sparseCount = reader.ReadInt32();
            var indices = new uint[sparseCount];
            var values = new float[sparseCount];
            for (var k = 0; k < sparseCount; k++)
            {
                indices[k] = reader.ReadUInt32();
            }

            for (var k = 0; k < sparseCount; k++)
            {
                values[k] = reader.ReadSingle();
            }

            passages.Add(new IndexedPassage(passage, dense, new SparseVector(indices, values)));
        }

        return new IndexBuild(version, passages, dimensions);
    }

    private static void WritePassage(BinaryWriter writer, Passage p)
    {
        writer.Write(p.Id.ToByteArray());
        writer.Write(p.SourceId);
        writer.Write(p.Title);
        writer.Write(p.Language);
        writer.Write(p.Published?.DayNumber ?? -1);
        writer.Write(p.Position);
        writer.Write(p.Text);
        writer.Write(p.Figures.Count);
        foreach (var f in p.Figures)
        {
            writer.Write((int)f.Kind);
            writer.Write(f.Value);
            writer.Write(f.Unit);
            writer.Write((int)f.Qualifier);
            writer.Write(f.Surface);
            writer.Write(f.Start);
            writer.Write(f.Length);
            writer.Write(f.From?.DayNumber ?? -1);
            writer.Write(f.To?.DayNumber ?? -1);
        }
    }

    private static Passage ReadPassage(BinaryReader reader)
    {
        var id = new Guid(reader.ReadBytes(16));
        var sourceId = reader.ReadString();
        var title = reader.ReadString();
        var language = reader.ReadString();
        var published = Day(reader.ReadInt32());
        var position = reader.ReadInt32();
        var text = reader.ReadString();
        var figureCount = reader.ReadInt32();
        var figures = new Figure[figureCount];
        for (var i = 0; i < figureCount; i++)
        {
            figures[i] = new Figure(
                (FigureKind)reader.ReadInt32(),
                reader.ReadDecimal(),
                reader.ReadString(),
                (Qualifier)reader.ReadInt32(),
                reader.ReadString(),
                reader.ReadInt32(),
                reader.ReadInt32(),
                Day(reader.ReadInt32()),
                Day(reader.ReadInt32()));
        }

        return new Passage(id, sourceId, title, language, published, position, text, figures);
    }

    private static DateOnly? Day(int dayNumber) => dayNumber < 0 ? null : DateOnly.FromDayNumber(dayNumber);
}
