using System.Text.Json.Serialization;

namespace DealBot.Knowledge.Embedded;

[JsonSerializable(typeof(GenerationPointer))]
internal sealed partial class EmbeddedJsonContext : JsonSerializerContext
{
}
