namespace DealBot.Core.Answers;

/// <summary>The one answer engine that the CLI, batch mode and the Discord bot all call.</summary>
public interface IAnswerService
{
    /// <summary>Answers a question; never throws for bad questions, only for cancellation.</summary>
    Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default);
}
