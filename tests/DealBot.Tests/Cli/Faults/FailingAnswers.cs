using DealBot.Core.Answers;

namespace DealBot.Tests.Cli.Faults;

/// <summary>The real answer engine, except that one question throws the given exception, as an engine bug would.</summary>
internal sealed class FailingAnswers(IAnswerService inner, string failingQuestion, Exception failure) : IAnswerService
{
    public List<Question> Asked { get; } = [];

    public Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        Asked.Add(question);
        return question.Text == failingQuestion ? Task.FromException<Answer>(failure) : inner.AnswerAsync(question, cancellationToken);
    }
}
