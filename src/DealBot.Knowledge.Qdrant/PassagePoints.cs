using System.Globalization;
using DealBot.Core.Documents;
using DealBot.Core.Retrieval;
using Qdrant.Client.Grpc;

namespace DealBot.Knowledge.Qdrant;

/// <summary>Maps passages to Qdrant points and search hits back to passages.</summary>
internal static class PassagePoints
{
    /// <summary>The point of a passage; its id is the passage id, already a deterministic UUID.</summary>
    public static PointStruct ToPoint(IndexedPassage indexed)
    {
        ArgumentNullException.ThrowIfNull(indexed);
        var passage = indexed.Passage;
        var vectors = new Dictionary<string, Vector> { [QdrantSchema.DenseVector] = indexed.Dense };
        if (indexed.Sparse.Count > 0)
        {
            // The client's tuple puts the VALUES first, then the indices.
            vectors[QdrantSchema.SparseVector] = (indexed.Sparse.Values, indexed.Sparse.Indices);
        }

        var point = new PointStruct
        {
            Id = passage.Id,
            Vectors = vectors,
            Payload =
            {
                [QdrantSchema.SourceId] = passage.SourceId,
                [QdrantSchema.Title] = passage.Title,
                [QdrantSchema.Language] = passage.Language,
                [QdrantSchema.Position] = (long)passage.Position,
                [QdrantSchema.Text] = passage.Text,
                [QdrantSchema.Figures] = FigureJson.Serialize(passage.Figures),
            },
        };

        if (passage.Published is { } published)
        {
            // RFC 3339, which the datetime payload index parses.
            point.Payload[QdrantSchema.Published] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        }

        return point;
    }

    /// <summary>The passage a search hit carries in its payload.</summary>
    public static Passage ToPassage(ScoredPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var payload = point.Payload;
        return new Passage(
            Guid.Parse(point.Id.Uuid),
            Text(payload, QdrantSchema.SourceId),
            Text(payload, QdrantSchema.Title),
            Text(payload, QdrantSchema.Language),
            ParsePublished(payload.TryGetValue(QdrantSchema.Published, out var p) ? p.StringValue : null),
            payload.TryGetValue(QdrantSchema.Position, out var position) ? (int)position.IntegerValue : 0,
            Text(payload, QdrantSchema.Text),
            FigureJson.Deserialize(payload.TryGetValue(QdrantSchema.Figures, out var f) ? f.StringValue : null));
    }

    private static string Text(IDictionary<string, Value> payload, string field) =>
        payload.TryGetValue(field, out var value) ? value.StringValue : string.Empty;

    private static DateOnly? ParsePublished(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.UtcDateTime)
            : null;
}
