using DealBot.Core.Facts;
using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Discord;
using DealBot.Discord.Models;
using DealBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Bot;

/// <summary>
/// <c>/kb refresh | add file | status | rollback</c>, for moderators only; everyone else gets an ephemeral refusal.
/// Changes go through the refresher, which builds the new index beside the live one: members keep getting answers
/// from the old knowledge until the new one is complete, and a second refresh is told one is already running.
/// </summary>
internal sealed class KnowledgeBaseCommand(
    ModeratorPolicy moderators,
    IKnowledgeRefresher refresher,
    IPassageStore store,
    IKnowledgeCatalog catalog,
    IDiscordRestClient rest,
    InteractionReplies replies,
    IOptions<BotOptions> options,
    ILogger<KnowledgeBaseCommand> logger)
{
    private static readonly HashSet<string> ArticleExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".txt", ".html", ".htm" };
    private readonly long _maxBytes = options.Value.MaxAttachmentBytes;

    public async Task HandleAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var subcommand = interaction.Data?.Options.FirstOrDefault(o => o.Type == ApplicationCommandOptionType.SubCommand);
        var language = BotText.Language(null, interaction.Locale);
        var userId = interaction.InvokingUser?.Id ?? 0;
        if (!moderators.IsModerator(interaction))
        {
            BotLog.NotModerator(logger, subcommand?.Name ?? "?", userId);
            await replies.RespondAsync(interaction, BotText.ModeratorsOnly(language), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        switch (subcommand?.Name)
        {
            case SlashCommands.Refresh:
                await RefreshAsync(interaction, IngestRequest.SyncOnly, "refreshed", language, cancellationToken).ConfigureAwait(false);
                break;
            case SlashCommands.Add:
                await AddAsync(interaction, subcommand, language, cancellationToken).ConfigureAwait(false);
                break;
            case SlashCommands.Status:
                await StatusAsync(interaction, language, cancellationToken).ConfigureAwait(false);
                break;
            case SlashCommands.Rollback:
                await RollbackAsync(interaction, language, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await replies.RespondAsync(interaction, BotText.Failed(language), ephemeral: true, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task AddAsync(DiscordInteraction interaction, InteractionDataOption subcommand, string language, CancellationToken cancellationToken)
    {
        var attachmentId = subcommand.Options.FirstOrDefault(o => o.Name == SlashCommands.FileOption)?.GetSnowflake();
        DiscordAttachment? attachment = null;
        if (attachmentId is not { } id || interaction.Data?.Resolved?.Attachments.TryGetValue(id, out attachment) != true || attachment is null)
        {
            await replies.RespondAsync(interaction, BotText.NoAttachment(language), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Checked before downloading anything: the name's type and the size Discord reports.
        var name = Path.GetFileName(attachment.Filename.Replace('\\', '/'));
        if (!ArticleExtensions.Contains(Path.GetExtension(name)))
        {
            await replies.RespondAsync(interaction, BotText.UnsupportedType(language, name), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (attachment.Size > _maxBytes || !Uri.TryCreate(attachment.Url, UriKind.Absolute, out var url))
        {
            await replies.RespondAsync(interaction, BotText.AttachmentTooLarge(language, name, _maxBytes), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (refresher.IsRefreshing)
        {
            await replies.RespondAsync(interaction, BotText.AlreadyRunning(language), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        await replies.DeferAsync(interaction, ephemeral: true, cancellationToken).ConfigureAwait(false);
        // The transport downloads only from Discord's attachment hosts, follows no redirect and gives up after its
        // time limit; whatever stops it is one line for the moderator.
        var download = await rest.DownloadAttachmentAsync(url, _maxBytes, cancellationToken).ConfigureAwait(false);
        if (!download.Succeeded)
        {
            await CompleteAsync(interaction, BotText.DownloadRefused(language, name, download.Status, _maxBytes), cancellationToken).ConfigureAwait(false);
            return;
        }

        // The refresher sanitises the name again before saving: this check is for the member's message.
        var request = new IngestRequest(Uploads: [new IncomingFile(name, download.Content)]);
        await RunRefreshAsync(interaction, request, $"added {name}", language, cancellationToken).ConfigureAwait(false);
    }

    private async Task RefreshAsync(DiscordInteraction interaction, IngestRequest request, string action, string language, CancellationToken cancellationToken)
    {
        if (refresher.IsRefreshing)
        {
            await replies.RespondAsync(interaction, BotText.AlreadyRunning(language), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        await replies.DeferAsync(interaction, ephemeral: true, cancellationToken).ConfigureAwait(false);
        await RunRefreshAsync(interaction, request, action, language, cancellationToken).ConfigureAwait(false);
    }

    private async Task RunRefreshAsync(DiscordInteraction interaction, IngestRequest request, string action, string language, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            var report = await refresher.RefreshAsync(request, progress: null, cancellationToken).ConfigureAwait(false);
            text = report.AlreadyRunning ? BotText.AlreadyRunning(language) : BotText.Refreshed(language, report);
            BotLog.KnowledgeChanged(logger, action, interaction.InvokingUser?.Id ?? 0, report.AlreadyRunning ? "already running" : $"{report.Added} added, {report.Updated} updated, {report.Failed.Count} failed");
        }
        catch (KnowledgeStoreUnavailableException ex)
        {
            BotLog.StoreUnavailable(logger, ex.Message);
            text = BotText.Unavailable(language);
        }

        await CompleteAsync(interaction, text, cancellationToken).ConfigureAwait(false);
    }

    private async Task StatusAsync(DiscordInteraction interaction, string language, CancellationToken cancellationToken)
    {
        await replies.DeferAsync(interaction, ephemeral: true, cancellationToken).ConfigureAwait(false);
        string text;
        try
        {
            var status = await store.GetStatusAsync(cancellationToken).ConfigureAwait(false);
            var sources = await catalog.GetSourcesAsync(cancellationToken).ConfigureAwait(false);
            text = BotText.Status(language, status, sources.Count, refresher.IsRefreshing);
        }
        catch (KnowledgeStoreUnavailableException ex)
        {
            BotLog.StoreUnavailable(logger, ex.Message);
            text = BotText.Unavailable(language);
        }

        await CompleteAsync(interaction, text, cancellationToken).ConfigureAwait(false);
    }

    private async Task RollbackAsync(DiscordInteraction interaction, string language, CancellationToken cancellationToken)
    {
        if (refresher.IsRefreshing)
        {
            await replies.RespondAsync(interaction, BotText.AlreadyRunning(language), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        await replies.DeferAsync(interaction, ephemeral: true, cancellationToken).ConfigureAwait(false);
        string text;
        try
        {
            var done = await refresher.RollbackAsync(cancellationToken).ConfigureAwait(false);
            text = BotText.RolledBack(language, done);
            BotLog.KnowledgeChanged(logger, "rolled back", interaction.InvokingUser?.Id ?? 0, done ? "previous index live" : "nothing to roll back to");
        }
        catch (KnowledgeStoreUnavailableException ex)
        {
            BotLog.StoreUnavailable(logger, ex.Message);
            text = BotText.Unavailable(language);
        }

        await CompleteAsync(interaction, text, cancellationToken).ConfigureAwait(false);
    }

    // A refresh with many failures can run past one message.
    private Task CompleteAsync(DiscordInteraction interaction, string text, CancellationToken cancellationToken) =>
        replies.CompleteAsync(interaction, [.. DiscordText.Split(text).Select(BotMessage.Text)], ephemeral: true, cancellationToken);
}
