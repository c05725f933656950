using DealBot.Discord.Models;

namespace DealBot.Bot;

/// <summary>
/// <c>/ask question [private]</c>: refusals (too long, too fast) answer at once; a question is deferred inside
/// Discord's 3-second window, then the deferral is edited into the answer.
/// </summary>
internal sealed class AskCommand(CommunityAnswerer answerer, InteractionReplies replies, AnswerRecorder recorder)
{
    public async Task HandleAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var options = interaction.Data?.Options ?? [];
        var question = (options.FirstOrDefault(o => o.Name == SlashCommands.QuestionOption)?.GetString() ?? string.Empty).Trim();
        var isPrivate = options.FirstOrDefault(o => o.Name == SlashCommands.PrivateOption)?.GetBoolean() ?? false;
        var language = BotText.Language(question, interaction.Locale);
        if (question.Length == 0)
        {
            await replies.RespondAsync(interaction, BotText.Help(language), ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (interaction.InvokingUser is { } user && answerer.Admit(user.Id, question, language) is { } refusal)
        {
            // An interaction must be answered: the refusal goes out every time, seen by the member only.
            await replies.RespondAsync(interaction, refusal.Text, ephemeral: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        await replies.DeferAsync(interaction, isPrivate, cancellationToken).ConfigureAwait(false);
        var outcome = await answerer.AnswerAsync(question, [], language, cancellationToken).ConfigureAwait(false);
        var sent = await replies.CompleteAsync(interaction, outcome.Messages, isPrivate, cancellationToken).ConfigureAwait(false);

        // Nobody can reply to an ephemeral message, so only public answers are remembered; every answer is audited.
        recorder.Sent(outcome, sent, [], interaction.GuildId, interaction.ChannelId, interaction.InvokingUser?.Id ?? 0, remember: !isPrivate);
    }
}
