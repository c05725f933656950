using System.Globalization;
using System.Text.Json.Nodes;

namespace DealBot.Discord.Testing;

/// <summary>Snowflakes as JSON strings, the way Discord sends every id (they overflow a JavaScript number).</summary>
public static class FakeJson
{
    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static JsonArray Ids(IEnumerable<ulong> ids) => new(ids.Select(id => (JsonNode?)Id(id)).ToArray());
}
