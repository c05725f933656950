namespace DealBot.Discord.Gateway;

/// <summary>Walks an <see cref="IReconnectStrategy"/>: repeats the last delay when it runs out, restarts on reset.</summary>
internal sealed class BackoffSequence(IReconnectStrategy strategy) : IDisposable
{
    private IEnumerator<TimeSpan> _delays = strategy.GetDelays().GetEnumerator();
    private TimeSpan _last = TimeSpan.FromSeconds(1);

    public TimeSpan Next()
    {
        if (_delays.MoveNext())
        {
            _last = _delays.Current;
        }

        return _last;
    }

    public void Reset()
    {
        _delays.Dispose();
        _delays = strategy.GetDelays().GetEnumerator();
    }

    public void Dispose() => _delays.Dispose();
}
