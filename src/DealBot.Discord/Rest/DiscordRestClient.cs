using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DealBot.Discord.Json;
using DealBot.Discord.Models;

namespace DealBot.Discord.Rest;

/// <summary>The default <see cref="IDiscordRestClient"/>.</summary>
internal sealed class DiscordRestClient(RestRequestExecutor executor, AttachmentDownloader downloader) : IDiscordRestClient
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    public async Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessageCreateRequest message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);

        // The nonce is fixed here, once per logical send, so every retry below carries the same one.
        var body = message with
        {
            AllowedMentions = message.AllowedMentions ?? AllowedMentions.None,
            Nonce = message.Nonce ?? NonceGenerator.Create(),
            EnforceNonce = true,
        };
        return await SendAsync(DiscordRoutes.CreateMessage(channelId), body, Json.MessageCreateRequest, Json.DiscordMessage, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessageEditRequest edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var body = edit with { AllowedMentions = edit.AllowedMentions ?? AllowedMentions.None };
        return await SendAsync(DiscordRoutes.EditMessage(channelId, messageId), body, Json.MessageEditRequest, Json.DiscordMessage, cancellationToken)
            .ConfigureAwait(false);
    }

    public Task TriggerTypingAsync(ulong channelId, CancellationToken cancellationToken = default)
        => executor.SendAsync<JsonElement>(DiscordRoutes.TriggerTyping(channelId), null, null, cancellationToken);

    public Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        ArgumentNullException.ThrowIfNull(response);

        // A deferral carries only flags; a message carries mentions, which default to none.
        var body = response.Data is { } data && (data.Content is not null || data.Embeds is not null)
            ? response with { Data = data with { AllowedMentions = data.AllowedMentions ?? AllowedMentions.None } }
            : response;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, Json.InteractionResponse);
        return executor.SendAsync<JsonElement>(DiscordRoutes.InteractionCallback(interactionId, interactionToken), bytes, null, cancellationToken);
    }

    public async Task<DiscordMessage> EditOriginalInteractionResponseAsync(ulong applicationId, string interactionToken, MessageEditRequest edit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        ArgumentNullException.ThrowIfNull(edit);
        var body = edit with { AllowedMentions = edit.AllowedMentions ?? AllowedMentions.None };
        return await SendAsync(DiscordRoutes.EditOriginalResponse(applicationId, interactionToken), body, Json.MessageEditRequest, Json.DiscordMessage, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<DiscordMessage> CreateFollowupMessageAsync(ulong applicationId, string interactionToken, InteractionMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        ArgumentNullException.ThrowIfNull(message);
        var body = message with { AllowedMentions = message.AllowedMentions ?? AllowedMentions.None };
        return await SendAsync(DiscordRoutes.CreateFollowup(applicationId, interactionToken), body, Json.InteractionMessage, Json.DiscordMessage, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ApplicationCommand>> OverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default)
        => await SendAsync(DiscordRoutes.OverwriteGlobalCommands(applicationId), commands, Json.IReadOnlyListApplicationCommandDefinition, Json.IReadOnlyListApplicationCommand, cancellationToken)
            .ConfigureAwait(false);

    public async Task<IReadOnlyList<ApplicationCommand>> OverwriteGuildCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default)
        => await SendAsync(DiscordRoutes.OverwriteGuildCommands(applicationId, guildId), commands, Json.IReadOnlyListApplicationCommandDefinition, Json.IReadOnlyListApplicationCommand, cancellationToken)
            .ConfigureAwait(false);

    public async Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken = default)
        => await GetAsync(DiscordRoutes.CurrentUser(), Json.DiscordUser, cancellationToken).ConfigureAwait(false);

    public async Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken = default)
        => await GetAsync(DiscordRoutes.CurrentApplication(), Json.DiscordApplication, cancellationToken).ConfigureAwait(false);

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default)
        => await GetAsync(DiscordRoutes.GatewayBot(), Json.GatewayBotInfo, cancellationToken).ConfigureAwait(false);

    public Task<AttachmentDownload> DownloadAttachmentAsync(Uri url, long maxBytes, CancellationToken cancellationToken = default)
        => downloader.DownloadAsync(url, maxBytes, cancellationToken);

    private async Task<TResponse> SendAsync<TBody, TResponse>(
        RestRoute route, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, bodyType);
        var result = await executor.SendAsync(route, bytes, responseType, cancellationToken).ConfigureAwait(false);
        return result ?? throw new DiscordRestException($"Discord returned no body for {route.Method.Method} {route.Template}.");
    }

    private async Task<TResponse> GetAsync<TResponse>(RestRoute route, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        var result = await executor.SendAsync(route, null, responseType, cancellationToken).ConfigureAwait(false);
        return result ?? throw new DiscordRestException($"Discord returned no body for {route.Method.Method} {route.Template}.");
    }
}
