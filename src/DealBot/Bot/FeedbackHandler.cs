using DealBot.Discord.Models;
using DealBot.Operations;
using DealBot.Telemetry;

namespace DealBot.Bot;

/// <summary>
/// A member's 👍/👎 on an answer, and the reason a 👎 may come with. Each is acknowledged at once (well within
/// Discord's 3 seconds): the vote only joins the write queue, it never waits for the disk. A 👎 is stored on the click,
/// so closing the modal still counts it; a member's second click replaces the first.
/// </summary>
internal sealed class FeedbackHandler(FeedbackStore feedback, MemberHasher hasher, InteractionReplies replies, DealBotMetrics metrics)
{
    public static bool Handles(DiscordInteraction interaction) =>
        interaction.Type is InteractionType.MessageComponent or InteractionType.ModalSubmit
        && interaction.Data?.CustomId?.StartsWith(FeedbackButtons.Prefix, StringComparison.Ordinal) == true;

    public async Task HandleAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var language = BotText.Language(null, interaction.Locale);
        if (interaction.InvokingUser is not { } user)
        {
            await replies.RespondAsync(interaction, BotText.Failed(language), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        var member = hasher.Hash(user.Id);
        var id = interaction.Data!.CustomId!;
        if (interaction.Type == InteractionType.ModalSubmit)
        {
            await SubmitReasonAsync(interaction, id, member, language, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (interaction.Message is not { } message || id is not (FeedbackButtons.UpId or FeedbackButtons.DownId))
        {
            await replies.RespondAsync(interaction, BotText.Failed(language), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        var up = id == FeedbackButtons.UpId;
        var stored = feedback.Vote(message.Id, member, up ? FeedbackStore.Up : FeedbackStore.Down);
        if (stored)
        {
            metrics.Feedback(up ? "up" : "down", comment: false);
        }

        if (up || !stored)
        {
            await replies.RespondAsync(interaction, stored ? FeedbackText.Thanks(language) : FeedbackText.Dropped(language), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        await replies.OpenModalAsync(interaction, FeedbackButtons.ReasonModal(message.Id, language), cancellationToken).ConfigureAwait(false);
    }

    private async Task SubmitReasonAsync(DiscordInteraction interaction, string customId, string member, string language, CancellationToken cancellationToken)
    {
        var reason = interaction.Data!.Components
            .SelectMany(row => row.Components ?? [])
            .FirstOrDefault(c => c.CustomId == FeedbackButtons.ReasonInputId)?.Value?.Trim();
        var stored = true;
        if (customId.StartsWith(FeedbackButtons.ModalPrefix, StringComparison.Ordinal)
            && ulong.TryParse(customId.AsSpan(FeedbackButtons.ModalPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var messageId)
            && !string.IsNullOrEmpty(reason))
        {
            var text = reason.Length > FeedbackButtons.MaxReasonLength ? reason[..FeedbackButtons.MaxReasonLength] : reason;
            stored = feedback.Comment(messageId, member, text);
            if (stored)
            {
                metrics.Feedback("down", comment: true);
            }
        }

        await replies.RespondAsync(interaction, stored ? FeedbackText.Thanks(language) : FeedbackText.Dropped(language), ephemeral: true, cancellationToken).ConfigureAwait(false);
    }
}
