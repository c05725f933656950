using DealBot.Core.Documents;
using DealBot.Core.Figures;

namespace DealBot.Knowledge.Storage;

/// <summary>
/// A passage with its figures in the binary files of the data directory (index generations, the article cache): every
/// field written explicitly, so the format is stable, and every count checked against the bytes left when read.
/// </summary>
internal static class PassageCodec
{
    /// <summary>The fewest bytes a passage takes, for checking counts before allocating.</summary>
    public const int MinPassageBytes = 16 + 1 + 1 + 1 + 4 + 4 + 1 + 4 + 4;

    private const int MinFigureBytes = 4 + 16 + 1 + 4 + 1 + 4 + 4 + 4 + 4;

    public static void Write(BinaryWriter writer, Passage p)
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

    public static Passage Read(PayloadReader payload)
    {
        var reader = payload.Reader;
        var id = new Guid(reader.ReadBytes(16));
        var sourceId = payload.ReadRepeatedString(0);
        var title = payload.ReadRepeatedString(1);
        var language = payload.ReadRepeatedString(2);
        var published = Day(reader.ReadInt32());
        var position = reader.ReadInt32();
        var text = payload.ReadString();
        var figureCount = payload.ReadCount(MinFigureBytes, "figures");
        var figures = new Figure[figureCount];
        for (var i = 0; i < figureCount; i++)
        {
            figures[i] = new Figure(
                (FigureKind)reader.ReadInt32(),
                reader.ReadDecimal(),
                payload.ReadString(),
                (Qualifier)reader.ReadInt32(),
                payload.ReadString(),
                reader.ReadInt32(),
                reader.ReadInt32(),
                Day(reader.ReadInt32()),
                Day(reader.ReadInt32()));
        }

        return new Passage(id, sourceId, title, language, published, position, text, figures);
    }

    private static DateOnly? Day(int dayNumber) => dayNumber < 0 ? null : DateOnly.FromDayNumber(dayNumber);
}
