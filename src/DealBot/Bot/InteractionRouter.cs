using DealBot.Discord.Models;

namespace DealBot.Bot;

/// <summary>
/// Sends each slash command to its handler; a stale or unknown command gets a short ephemeral note. Every command
/// counts against the member's rate limit (<see cref="BotOptions.QuestionsPerUserPerMinute"/>, shared with questions
/// in chat): over it, the member gets the same ephemeral "slow down" as <c>/ask</c>, and nothing else is done.
/// The 👍/👎 buttons and their modal go to <see cref="FeedbackHandler"/> (clicks are not rate limited: a vote replaces
/// the member's earlier one, so repeating it adds nothing); other components and autocomplete are ignored.
/// </summary>
internal sealed class InteractionRouter(
    AskCommand ask,
    SourcesCommand sources,
    TimelineCommand timeline,
    KnowledgeBaseCommand knowledgeBase,
    QuestionRateLimiter rateLimiter,
    FeedbackHandler feedback,
    InteractionReplies replies)
{
    public async Task HandleAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        if (FeedbackHandler.Handles(interaction))
        {
            await feedback.HandleAsync(interaction, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (interaction.Type != InteractionType.ApplicationCommand)
        {
            return;
        }

        var name = interaction.Data?.Name;

        // /ask counts inside its own admission, after the length check, exactly like a question in chat.
        if (name != SlashCommands.Ask && interaction.InvokingUser is { } user && rateLimiter.TryAcquire(user.Id) is { } wait)
        {
            // An interaction must be answered: the refusal goes out every time, seen by the member only.
            await replies.RespondAsync(interaction, BotText.SlowDown(BotText.Language(null, interaction.Locale), wait), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        await (name switch
        {
            SlashCommands.Ask => ask.HandleAsync(interaction, cancellationToken),
            SlashCommands.Sources => sources.HandleAsync(interaction, cancellationToken),
            SlashCommands.Timeline => timeline.HandleAsync(interaction, cancellationToken),
            SlashCommands.KnowledgeBase => knowledgeBase.HandleAsync(interaction, cancellationToken),
            _ => replies.RespondAsync(interaction, BotText.Failed(BotText.Language(null, interaction.Locale)), ephemeral: true, cancellationToken),
        }).ConfigureAwait(false);
    }
}
