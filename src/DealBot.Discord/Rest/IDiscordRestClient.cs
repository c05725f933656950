using DealBot.Discord.Models;

namespace DealBot.Discord.Rest;

/// <summary>
/// The HTTP API calls a bot needs. Every call goes through Discord's rate-limit buckets and waits out 429s.
/// Every message-sending call defaults <c>allowed_mentions</c> to <see cref="AllowedMentions.None"/>.
/// Failures throw <see cref="DiscordRestException"/>.
/// </summary>
public interface IDiscordRestClient
{
    /// <summary>Posts a message. A nonce is generated (if none is set) and enforced, so retries never post twice.</summary>
    Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessageCreateRequest message, CancellationToken cancellationToken = default);

    /// <summary>Edits one of the bot's messages.</summary>
    Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessageEditRequest edit, CancellationToken cancellationToken = default);

    /// <summary>Shows "bot is typing…" in a channel for about 10 seconds.</summary>
    Task TriggerTypingAsync(ulong channelId, CancellationToken cancellationToken = default);

    /// <summary>Sends the initial response to an interaction; it must arrive within 3 s of the event.</summary>
    Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default);

    /// <summary>Edits the initial (or deferred) response of an interaction.</summary>
    Task<DiscordMessage> EditOriginalInteractionResponseAsync(ulong applicationId, string interactionToken, MessageEditRequest edit, CancellationToken cancellationToken = default);

    /// <summary>Sends a follow-up message to an interaction (token valid for 15 minutes).</summary>
    Task<DiscordMessage> CreateFollowupMessageAsync(ulong applicationId, string interactionToken, InteractionMessage message, CancellationToken cancellationToken = default);

    /// <summary>Replaces all global commands of the application.</summary>
    Task<IReadOnlyList<ApplicationCommand>> OverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default);

    /// <summary>Replaces all commands of the application in one guild (takes effect at once).</summary>
    Task<IReadOnlyList<ApplicationCommand>> OverwriteGuildCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default);

    /// <summary>The bot's own user.</summary>
    Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken = default);

    /// <summary>The bot's application.</summary>
    Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken = default);

    /// <summary>The gateway address and the Identify budget.</summary>
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Downloads an attachment from its CDN address without sending the bot token: only from an allowed attachment
    /// host (<see cref="DiscordClientOptions.AttachmentHosts"/>), never following a redirect, within
    /// <see cref="DiscordClientOptions.AttachmentTimeout"/>, and stopping as soon as it exceeds
    /// <paramref name="maxBytes"/>. Refusals and failures are a <see cref="AttachmentDownload.Status"/>, not exceptions.
    /// </summary>
    Task<AttachmentDownload> DownloadAttachmentAsync(Uri url, long maxBytes, CancellationToken cancellationToken = default);
}
