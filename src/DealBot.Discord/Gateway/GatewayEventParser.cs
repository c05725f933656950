using System.Text.Json;
using DealBot.Discord.Json;

namespace DealBot.Discord.Gateway;

/// <summary>Turns a dispatch (<c>t</c>, <c>d</c>) into a typed event; unknown names give <see langword="null"/>.</summary>
internal static class GatewayEventParser
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    public static GatewayEvent? Parse(string name, JsonElement data) => name switch
    {
        "READY" => new ReadyEvent(Required(data.Deserialize(Json.ReadyPayload))),
        "RESUMED" => new ResumedEvent(),
        "GUILD_CREATE" => new GuildCreateEvent(Required(data.Deserialize(Json.DiscordGuild))),
        "GUILD_DELETE" => new GuildDeleteEvent(Required(data.Deserialize(Json.UnavailableGuild))),
        "THREAD_CREATE" => new ThreadCreateEvent(Required(data.Deserialize(Json.DiscordChannel))),
        "MESSAGE_CREATE" => new MessageCreateEvent(Required(data.Deserialize(Json.DiscordMessage))),
        "INTERACTION_CREATE" => new InteractionCreateEvent(Required(data.Deserialize(Json.DiscordInteraction))),
        _ => null,
    };

    /// <summary>The id replays are recognised by, for events that create something with an id.</summary>
    public static ulong? DedupeId(GatewayEvent gatewayEvent) => gatewayEvent switch
    {
        MessageCreateEvent e => e.Message.Id,
        InteractionCreateEvent e => e.Interaction.Id,
        _ => null,
    };

    private static T Required<T>(T? value)
        where T : class
        => value ?? throw new JsonException("The dispatch had no data.");
}
