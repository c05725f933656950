using System.Globalization;

namespace DealBot.Discord.Testing;

/// <summary>
/// Discord's global rate limit (Rate Limits, "Global Rate Limit"): at most <see cref="GlobalRequestsPerSecond"/>
/// requests of the bot in any second, interaction callbacks and interaction webhooks exempt; one more gets a global
/// 429 whose <c>retry_after</c> is the time until a request leaves the window. Off unless set. Also the place to
/// watch every answered request as it happens (<see cref="Observe"/>), so a load driver need not poll.
/// </summary>
public sealed partial class FakeRestApi
{
    private static readonly TimeSpan GlobalWindow = TimeSpan.FromSeconds(1);
    private readonly Queue<long> _admitted = new();
    private readonly List<RestExchange> _exchanges = [];
    private readonly List<Action<RestExchange>> _observers = [];
    private int? _globalRequestsPerSecond;
    private int _globalRateLimited;

    /// <summary>Requests per second allowed outside interaction routes (Discord: 50); null leaves them unlimited.</summary>
    public int? GlobalRequestsPerSecond
    {
        get { lock (_admitted) { return _globalRequestsPerSecond; } }
        set { lock (_admitted) { _globalRequestsPerSecond = value; } }
    }

    /// <summary>Global 429s the fake has sent.</summary>
    public int GlobalRateLimited => Volatile.Read(ref _globalRateLimited);

    /// <summary>Every request with the status it got, in the order they were answered.</summary>
    public IReadOnlyList<RestExchange> Exchanges
    {
        get { lock (_exchanges) { return [.. _exchanges]; } }
    }

    /// <summary>Calls <paramref name="observer"/> with every request answered from now on (on the server's thread; keep it short).</summary>
    public void Observe(Action<RestExchange> observer)
    {
        lock (_observers)
        {
            _observers.Add(observer);
        }
    }

    /// <summary>Whether Discord's global limit applies: everything but interaction callbacks and interaction webhooks.</summary>
    public static bool IsUnderGlobalLimit(RecordedRequest request)
        => !request.Path.StartsWith("/interactions/", StringComparison.Ordinal) && !request.Path.StartsWith("/webhooks/", StringComparison.Ordinal);

    private FakeResponse? OverGlobalLimit(RecordedRequest request)
    {
        if (!IsUnderGlobalLimit(request))
        {
            return null;
        }

        lock (_admitted)
        {
            if (_globalRequestsPerSecond is not { } limit)
            {
                return null;
            }

            var now = clock.GetTimestamp();
            while (_admitted.Count > 0 && clock.GetElapsedTime(_admitted.Peek(), now) >= GlobalWindow)
            {
                _admitted.Dequeue();
            }

            if (_admitted.Count < limit)
            {
                _admitted.Enqueue(now);
                return null;
            }

            Interlocked.Increment(ref _globalRateLimited);
            var retryAfter = GlobalWindow - clock.GetElapsedTime(_admitted.Peek(), now);
            var seconds = Math.Max(0.001, retryAfter.TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture);
            return FakeResponse.RateLimited(seconds, global: true);
        }
    }

    private void Answered(RestExchange exchange)
    {
        lock (_exchanges)
        {
            _exchanges.Add(exchange);
        }

        Action<RestExchange>[] observers;
        lock (_observers)
        {
            observers = [.. _observers];
        }

        foreach (var observer in observers)
        {
            observer(exchange);
        }
    }
}
