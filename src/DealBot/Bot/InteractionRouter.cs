using DealBot.Discord.Models;

namespace DealBot.Bot;

/// <summary>Sends each slash command to its handler; anything else (components, stale commands) gets a short ephemeral note.</summary>
internal sealed class InteractionRouter(
    AskCommand ask,
    SourcesCommand sources,
    TimelineCommand timeline,
    KnowledgeBaseCommand knowledgeBase,
    InteractionReplies replies)
{
    public Task HandleAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        if (interaction.Type != InteractionType.ApplicationCommand)
        {
            return Task.CompletedTask;
        }

        return interaction.Data?.Name switch
        {
            SlashCommands.Ask => ask.HandleAsync(interaction, cancellationToken),
            SlashCommands.Sources => sources.HandleAsync(interaction, cancellationToken),
            SlashCommands.Timeline => timeline.HandleAsync(interaction, cancellationToken),
            SlashCommands.KnowledgeBase => knowledgeBase.HandleAsync(interaction, cancellationToken),
            _ => replies.RespondAsync(interaction, BotText.Failed(BotText.Language(null, interaction.Locale)), ephemeral: true, cancellationToken),
        };
    }
}
