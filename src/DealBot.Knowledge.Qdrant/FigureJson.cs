using System.Text.Json;
using System.Text.Json.Serialization;
using DealBot.Core.Figures;

namespace DealBot.Knowledge.Qdrant;

/// <summary>Figures travel in the payload as one JSON string: Qdrant never filters on them, the answerer reads them.</summary>
internal static class FigureJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(IReadOnlyList<Figure> figures) => JsonSerializer.Serialize(figures, Options);

    public static IReadOnlyList<Figure> Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Figure[]>(json, Options) ?? [];
}
