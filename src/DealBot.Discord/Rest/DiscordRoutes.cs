using System.Globalization;

namespace DealBot.Discord.Rest;

/// <summary>The HTTP API routes the transport calls. Templates are what logs and bucket maps see.</summary>
internal static class DiscordRoutes
{
    public static RestRoute GatewayBot() => Global(HttpMethod.Get, "/gateway/bot", "/gateway/bot");

    public static RestRoute CurrentUser() => Global(HttpMethod.Get, "/users/@me", "/users/@me");

    public static RestRoute CurrentApplication() => Global(HttpMethod.Get, "/applications/@me", "/applications/@me");

    // Idempotent only because every send carries an enforced nonce (see DiscordRestClient).
    public static RestRoute CreateMessage(ulong channelId) => Channel(
        HttpMethod.Post, "/channels/{channel_id}/messages", $"/channels/{Id(channelId)}/messages", channelId, idempotent: true);

    public static RestRoute EditMessage(ulong channelId, ulong messageId) => Channel(
        HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}", $"/channels/{Id(channelId)}/messages/{Id(messageId)}", channelId, idempotent: true);

    public static RestRoute TriggerTyping(ulong channelId) => Channel(
        HttpMethod.Post, "/channels/{channel_id}/typing", $"/channels/{Id(channelId)}/typing", channelId, idempotent: true);

    public static RestRoute InteractionCallback(ulong interactionId, string token) => new(
        HttpMethod.Post,
        "/interactions/{interaction_id}/{interaction_token}/callback",
        $"/interactions/{Id(interactionId)}/{Uri.EscapeDataString(token)}/callback",
        $"interaction:{Id(interactionId)}:{token}",
        IsInteraction: true,
        IsIdempotent: false);

    public static RestRoute EditOriginalResponse(ulong applicationId, string token) => new(
        HttpMethod.Patch,
        "/webhooks/{application_id}/{interaction_token}/messages/@original",
        $"/webhooks/{Id(applicationId)}/{Uri.EscapeDataString(token)}/messages/@original",
        Webhook(applicationId, token),
        IsInteraction: true,
        IsIdempotent: true);

    public static RestRoute CreateFollowup(ulong applicationId, string token) => new(
        HttpMethod.Post,
        "/webhooks/{application_id}/{interaction_token}",
        $"/webhooks/{Id(applicationId)}/{Uri.EscapeDataString(token)}",
        Webhook(applicationId, token),
        IsInteraction: true,
        IsIdempotent: false);

    public static RestRoute OverwriteGlobalCommands(ulong applicationId) => Global(
        HttpMethod.Put, "/applications/{application_id}/commands", $"/applications/{Id(applicationId)}/commands");

    public static RestRoute OverwriteGuildCommands(ulong applicationId, ulong guildId) => new(
        HttpMethod.Put,
        "/applications/{application_id}/guilds/{guild_id}/commands",
        $"/applications/{Id(applicationId)}/guilds/{Id(guildId)}/commands",
        $"guild:{Id(guildId)}",
        IsInteraction: false,
        IsIdempotent: true);

    private static RestRoute Global(HttpMethod method, string template, string path)
        => new(method, template, path, "global", IsInteraction: false, IsIdempotent: true);

    private static RestRoute Channel(HttpMethod method, string template, string path, ulong channelId, bool idempotent)
        => new(method, template, path, $"channel:{Id(channelId)}", IsInteraction: false, IsIdempotent: idempotent);

    private static string Webhook(ulong applicationId, string token) => $"webhook:{Id(applicationId)}:{token}";

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
