using DealBot.Core.Answers;

namespace DealBot.Bot;

/// <summary>What the bot sends for a question: the rendered messages, and the answer when there is one to remember.</summary>
internal sealed record AnswerOutcome(IReadOnlyList<BotMessage> Messages, Answer? Answer)
{
    /// <summary>When the question was taken.</summary>
    public DateTimeOffset AskedAt { get; init; }

    /// <summary>How long the engine took (waiting for a free slot included).</summary>
    public TimeSpan Latency { get; init; }

    public static AnswerOutcome Notice(string text) => new([BotMessage.Text(text)], null);
}
