using Microsoft.Extensions.Options;

namespace DealBot.Bot;

/// <summary>
/// Caps the answers computed at once (<see cref="BotOptions.MaxConcurrentAnswers"/>); a question waits at most
/// <see cref="BotOptions.BusyWait"/> for a slot, then the member is told the bot is busy.
/// </summary>
internal sealed class AnswerGate(IOptions<BotOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentAnswers, options.Value.MaxConcurrentAnswers);
    private readonly TimeSpan _wait = options.Value.BusyWait;

    /// <summary>A slot to release by disposing, or <see langword="null"/> when none came free in time.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (_slots.Wait(0, CancellationToken.None))
        {
            return new Slot(_slots);
        }

        using var timeout = new CancellationTokenSource(_wait, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await _slots.WaitAsync(linked.Token).ConfigureAwait(false);
            return new Slot(_slots);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
