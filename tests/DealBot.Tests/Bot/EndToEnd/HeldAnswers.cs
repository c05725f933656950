using DealBot.Core.Answers;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>
/// The real answer engine, except that questions containing <see cref="Marker"/> wait until <see cref="Release"/>
/// and questions containing <see cref="FailureMarker"/> throw: answers that take exactly as long as a test needs,
/// and a failure with internals in its message that members must never see.
/// </summary>
internal sealed class HeldAnswers(IAnswerService inner) : IAnswerService
{
    public const string Marker = "[hold]";
    public const string FailureMarker = "[fail]";
    public const string FailureDetail = "InternalSecretPath /srv/dealbot/index at DealBot.Knowledge.Embedded";

    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a held question has reached the engine.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _released.TrySetResult();

    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        if (question.Text.Contains(FailureMarker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(FailureDetail);
        }

        if (question.Text.Contains(Marker, StringComparison.Ordinal))
        {
            _entered.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
        }

        return await inner.AnswerAsync(question, cancellationToken);
    }
}
