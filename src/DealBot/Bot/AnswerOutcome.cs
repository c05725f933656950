using DealBot.Core.Answers;

namespace DealBot.Bot;

/// <summary>What the bot sends for a question: the rendered messages, and the answer when there is one to remember.</summary>
internal sealed record AnswerOutcome(IReadOnlyList<BotMessage> Messages, Answer? Answer)
{
    public static AnswerOutcome Notice(string text) => new([BotMessage.Text(text)], null);
}
