using DealBot.Discord.Models;
using DealBot.Discord.Rest;

namespace DealBot.Bot;

/// <summary>The three ways the bot answers an interaction: at once, deferred ("thinking…"), and the edit that follows a deferral.</summary>
internal sealed class InteractionReplies(IDiscordRestClient rest)
{
    public Task RespondAsync(DiscordInteraction interaction, string text, bool ephemeral, CancellationToken cancellationToken) =>
        RespondAsync(interaction, BotMessage.Text(text), ephemeral, cancellationToken);

    public Task RespondAsync(DiscordInteraction interaction, BotMessage message, bool ephemeral, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(
            interaction.Id,
            interaction.Token,
            InteractionResponse.Message(new InteractionMessage
            {
                Content = message.Content,
                Embeds = message.Embeds.Count > 0 ? message.Embeds : null,
                Components = message.Components.Count > 0 ? message.Components : null,
                AllowedMentions = AllowedMentions.None,
                Flags = ephemeral ? MessageFlags.Ephemeral : null,
            }),
            cancellationToken);

    /// <summary>Answers a button click with a modal (the 👎's "what was wrong?").</summary>
    public Task OpenModalAsync(DiscordInteraction interaction, InteractionResponse modal, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, modal, cancellationToken);

    public Task DeferAsync(DiscordInteraction interaction, bool ephemeral, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Defer(ephemeral), cancellationToken);

    /// <summary>
    /// Replaces the deferral with the first message and sends the rest as follow-ups (ephemeral ones stay ephemeral:
    /// follow-ups do not inherit the flag). Returns the ids of the messages sent.
    /// </summary>
    public async Task<IReadOnlyList<ulong>> CompleteAsync(DiscordInteraction interaction, IReadOnlyList<BotMessage> messages, bool ephemeral, CancellationToken cancellationToken)
    {
        var ids = new List<ulong>(messages.Count);
        var first = await rest.EditOriginalInteractionResponseAsync(
            interaction.ApplicationId,
            interaction.Token,
            new MessageEditRequest { Content = messages[0].Content, Embeds = messages[0].Embeds, Components = messages[0].Components.Count > 0 ? messages[0].Components : null, AllowedMentions = AllowedMentions.None },
            cancellationToken).ConfigureAwait(false);
        ids.Add(first.Id);
        foreach (var message in messages.Skip(1))
        {
            var sent = await rest.CreateFollowupMessageAsync(
                interaction.ApplicationId,
                interaction.Token,
                new InteractionMessage
                {
                    Content = message.Content,
                    Embeds = message.Embeds.Count > 0 ? message.Embeds : null,
                    Components = message.Components.Count > 0 ? message.Components : null,
                    AllowedMentions = AllowedMentions.None,
                    Flags = ephemeral ? MessageFlags.Ephemeral : null,
                },
                cancellationToken).ConfigureAwait(false);
            ids.Add(sent.Id);
        }

        return ids;
    }
}
