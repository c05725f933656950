using DealBot.Core.Answers;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>
/// An answer engine that says what the test wants, for text no real article holds: hostile quotes and titles, or
/// a question echoed back. Questions containing <see cref="FailureMarker"/> throw what <c>failure</c> makes.
/// </summary>
internal sealed class ScriptedAnswers(Func<Question, Answer> answer, Func<Exception>? failure = null) : IAnswerService
{
    public const string FailureMarker = "[boom]";

    public static readonly DateOnly AsOf = new(2025, 9, 23);

    public static ScriptedAnswers Saying(string text, params Citation[] citations) => new(q => Answered(q.Text, text, citations));

    public static ScriptedAnswers Failing(Func<Exception> failure) => new(q => Answered(q.Text, "The engine is fine again.", []), failure);

    public static Answer Answered(string question, string text, IReadOnlyList<Citation> citations) =>
        new(question, AnswerStatus.Answered, "en", text, citations, [], AsOf);

    public Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        if (failure is not null && question.Text.Contains(FailureMarker, StringComparison.Ordinal))
        {
            throw failure();
        }

        return Task.FromResult(answer(question));
    }
}
