using DealBot.Core.Facts;
using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Discord;
using DealBot.Discord.Models;
using DealBot.Discord.Rest;
using DealBot.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Bot;

/// <summary>
/// <c>/kb refresh | add file | status | rollback | feedback</c>, for moderators only; everyone else gets an ephemeral refusal.
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
    FeedbackStore feedback,
    IOptions<BotOptions> options,
    ILogger<KnowledgeBaseCommand> logger)
{
    private static readonly HashSet<string> ArticleExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".txt", ".html", ".htm" };
    private const int RecentDislikes = 10;
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
                await RefreshAsync(interaction, language, cancellationToken).ConfigureAwait(false);
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
            case SlashCommands.Feedback:
                await FeedbackAsync(interaction, language, cancellationToken).ConfigureAwait(false);
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
        await CompleteDeferredAsync(interaction, language, $"add {name}", async token =>
        {
            // The transport downloads only from Discord's attachment hosts, follows no redirect and gives up after its
            // time limit; whatever stops it is one line for the moderator.
            var download = await rest.DownloadAttachmentAsync(url, _maxBytes, token).ConfigureAwait(false);
            if (!download.Succeeded)
            {
                return BotText.DownloadRefused(language, name, download.Status, _maxBytes);
            }

            // The refresher sanitises the name again before saving, and stages the file until it has passed.
            var report = await refresher.RefreshAsync(new IngestRequest(Uploads: [new IncomingFile(name, download.Content)]), progress: null, token).ConfigureAwait(false);
            LogOutcome(interaction, $"added {name}", report);
            return KnowledgeBaseText.Added(language, name, report);
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task RefreshAsync(DiscordInteraction interaction, string language, CancellationToken cancellationToken)
    {
        if (refresher.IsRefreshing)
        {
            await replies.RespondAsync(interaction, BotText.AlreadyRunning(language), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        await replies.DeferAsync(interaction, ephemeral: true, cancellationToken).ConfigureAwait(false);
        await CompleteDeferredAsync(interaction, language, "refresh", async token =>
        {
            var report = await refresher.RefreshAsync(IngestRequest.SyncOnly, progress: null, token).ConfigureAwait(false);
            LogOutcome(interaction, "refreshed", report);
            return KnowledgeBaseText.Refreshed(language, report);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the work behind a deferral ("thinking…") and always replaces the deferral with a message: the outcome, or
    /// why there is none. A moderator is never left waiting on a command that died.
    /// </summary>
    private async Task CompleteDeferredAsync(DiscordInteraction interaction, string language, string action, Func<CancellationToken, Task<string>> work, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await work(cancellationToken).ConfigureAwait(false);
        }
        catch (KnowledgeStoreUnavailableException ex)
        {
            BotLog.StoreUnavailable(logger, ex.Message);
            text = BotText.Unavailable(language);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            text = KnowledgeBaseText.Interrupted(language);
        }
        catch (Exception ex) when (ex is DataDirectoryNotWritableException or IndexWriteException)
        {
            // Expected faults of the data directory (read-only, disk full): their message is the whole story.
            BotLog.KnowledgeNotWritten(logger, action, ex.Message);
            text = KnowledgeBaseText.Failed(language, ex.Message.ReplaceLineEndings(" "), rollback: action == SlashCommands.Rollback);
        }
#pragma warning disable CA1031 // The boundary of a moderator's command: any fault becomes a message, never a hang.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            BotLog.KnowledgeCommandFailed(logger, ex, action);
            text = KnowledgeBaseText.Failed(language, ex is IOException or UnauthorizedAccessException ? ex.Message.ReplaceLineEndings(" ") : null, rollback: action == SlashCommands.Rollback);
        }

        // Even when the bot is stopping, the moderator gets the last word, within a short grace period.
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await CompleteAsync(interaction, text, cancellationToken.IsCancellationRequested ? grace.Token : cancellationToken).ConfigureAwait(false);
    }

    private void LogOutcome(DiscordInteraction interaction, string action, IngestReport report) =>
        BotLog.KnowledgeChanged(logger, action, interaction.InvokingUser?.Id ?? 0, report switch
        {
            { AlreadyRunning: true } => "already running",
            { Blocked: { } reason } => $"nothing published: {reason}",
            _ => $"{report.Added} added, {report.Updated} updated, {report.Failed.Count} failed, {report.Warnings.Count} warnings",
        });

    private async Task StatusAsync(DiscordInteraction interaction, string language, CancellationToken cancellationToken)
    {
        await replies.DeferAsync(interaction, ephemeral: true, cancellationToken).ConfigureAwait(false);
        await CompleteDeferredAsync(interaction, language, "status", async token =>
        {
            var status = await store.GetStatusAsync(token).ConfigureAwait(false);
            var sources = await catalog.GetSourcesAsync(token).ConfigureAwait(false);
            return BotText.Status(language, status, sources.Count, refresher.IsRefreshing);
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task FeedbackAsync(DiscordInteraction interaction, string language, CancellationToken cancellationToken)
    {
        await replies.DeferAsync(interaction, ephemeral: true, cancellationToken).ConfigureAwait(false);
        await CompleteDeferredAsync(interaction, language, SlashCommands.Feedback, async token =>
            FeedbackText.Dislikes(language, await feedback.RecentDislikesAsync(RecentDislikes, token).ConfigureAwait(false)), cancellationToken).ConfigureAwait(false);
    }

    private async Task RollbackAsync(DiscordInteraction interaction, string language, CancellationToken cancellationToken)
    {
        if (refresher.IsRefreshing)
        {
            await replies.RespondAsync(interaction, BotText.AlreadyRunning(language), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        await replies.DeferAsync(interaction, ephemeral: true, cancellationToken).ConfigureAwait(false);
        await CompleteDeferredAsync(interaction, language, SlashCommands.Rollback, async token =>
        {
            var done = await refresher.RollbackAsync(token).ConfigureAwait(false);
            BotLog.KnowledgeChanged(logger, "rolled back", interaction.InvokingUser?.Id ?? 0, done ? "previous index live" : "nothing to roll back to");
            return BotText.RolledBack(language, done);
        }, cancellationToken).ConfigureAwait(false);
    }

    // A refresh with many failures can run past one message.
    private Task CompleteAsync(DiscordInteraction interaction, string text, CancellationToken cancellationToken) =>
        replies.CompleteAsync(interaction, [.. DiscordText.Split(text).Select(BotMessage.Text)], ephemeral: true, cancellationToken);
}
