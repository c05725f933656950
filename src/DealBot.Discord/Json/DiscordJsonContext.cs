using System.Text.Json.Serialization;
using DealBot.Discord.Models;
using DealBot.Discord.Rest;

namespace DealBot.Discord.Json;

/// <summary>
/// Source-generated serializers for every wire model. snake_case names, nulls omitted on write (Discord reads
/// an absent field as "unchanged" or "default"), unknown fields ignored, snowflakes as strings.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(SnowflakeJsonConverter)])]
[JsonSerializable(typeof(ReadyPayload))]
[JsonSerializable(typeof(DiscordGuild))]
[JsonSerializable(typeof(UnavailableGuild))]
[JsonSerializable(typeof(DiscordChannel))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(DiscordInteraction))]
[JsonSerializable(typeof(DiscordUser))]
[JsonSerializable(typeof(DiscordApplication))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(MessageCreateRequest))]
[JsonSerializable(typeof(MessageEditRequest))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(InteractionMessage))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommandDefinition>))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(RateLimitedBody))]
[JsonSerializable(typeof(DiscordErrorBody))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext
{
}
