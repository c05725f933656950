using DealBot.Core.Answers;
using DealBot.Discord.Gateway;
using DealBot.Discord.Models;
using DealBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace DealBot.Bot;

/// <summary>
/// Answers chat messages meant for the bot: a mention of its user or its managed role, a direct message, or a reply
/// to one of its answers (which carries the earlier conversation along). Everything else, and every bot's message,
/// is ignored.
/// </summary>
internal sealed class MessageQuestionHandler(
    IDiscordGatewayClient gateway,
    IDiscordRestClient rest,
    CommunityAnswerer answerer,
    ConversationMemory memory,
    AnswerRecorder recorder,
    GuildBotRoles roles,
    TimeProvider time,
    ILogger<MessageQuestionHandler> logger)
{
    public async Task HandleAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        if (gateway.BotUserId is not { } botId || !IsFromMember(message, botId))
        {
            return;
        }

        var roleId = message.GuildId is { } guildId ? roles.RoleIn(guildId) : null;
        var repliedTo = RepliedAnswer(message, botId);
        var mentioned = message.Mentions.Any(u => u.Id == botId)
            || roleId is { } role && message.MentionRoles.Contains(role)
            || QuestionText.Mentions(message.Content, botId, roleId);
        if (message.GuildId is not null && !mentioned && repliedTo is null)
        {
            return;
        }

        var question = QuestionText.FromMessage(message.Content, botId, roleId);
        var language = BotText.Language(question);

        // A bare mention counts against the rate limit too: the help text is a reply like any other.
        if (answerer.Admit(message.Author.Id, question, language) is { } refusal)
        {
            if (answerer.ShouldReply(message.Author.Id, refusal))
            {
                await ReplyAsync(message, [BotMessage.Text(refusal.Text)], cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (question.Length == 0)
        {
            await ReplyAsync(message, [BotMessage.Text(BotText.Help(language))], cancellationToken).ConfigureAwait(false);
            return;
        }

        var history = repliedTo is { } answerId ? memory.Recall(answerId) : [];
        AnswerOutcome outcome;
        using (var typing = await TypingIndicator.StartAsync(rest, message.ChannelId, time, logger, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                outcome = await answerer.AnswerAsync(question, history, language, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await typing.StopAsync().ConfigureAwait(false);
            }
        }

        var sent = await ReplyAsync(message, outcome.Messages, cancellationToken).ConfigureAwait(false);
        recorder.Sent(outcome, sent, history, message.GuildId, message.ChannelId, message.Author.Id, remember: true);
    }

    // A reply names its target in message_reference; referenced_message, which says whose it is, is absent when
    // Discord did not fetch it (and null when it was deleted). Then only an answer the bot remembers counts.
    private ulong? RepliedAnswer(DiscordMessage message, ulong botId)
    {
        if (message.Type != MessageType.Reply)
        {
            return null;
        }

        if (message.ReferencedMessage is { } referenced)
        {
            return referenced.Author.Id == botId ? referenced.Id : null;
        }

        return message.MessageReference?.MessageId is { } id && memory.Knows(id) ? id : null;
    }

    // Bots (including this one) and webhooks never get answers: two bots answering each other would loop.
    private static bool IsFromMember(DiscordMessage message, ulong botId) =>
        !message.Author.Bot && !message.Author.System && message.Author.Id != botId && message.WebhookId is null
        && message.Type is MessageType.Default or MessageType.Reply;

    private async Task<IReadOnlyList<ulong>> ReplyAsync(DiscordMessage question, IReadOnlyList<BotMessage> messages, CancellationToken cancellationToken)
    {
        var ids = new List<ulong>(messages.Count);
        var first = true;
        foreach (var message in messages)
        {
            var sent = await rest.CreateMessageAsync(question.ChannelId, new MessageCreateRequest
            {
                Content = message.Content,
                Embeds = message.Embeds.Count > 0 ? message.Embeds : null,
                Components = message.Components.Count > 0 ? message.Components : null,
                AllowedMentions = AllowedMentions.None,
                MessageReference = first ? MessageReference.ReplyTo(question.Id) : null,
            }, cancellationToken).ConfigureAwait(false);
            ids.Add(sent.Id);
            first = false;
        }

        return ids;
    }
}
