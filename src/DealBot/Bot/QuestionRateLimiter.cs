using Microsoft.Extensions.Options;

namespace DealBot.Bot;

/// <summary>
/// At most <see cref="BotOptions.QuestionsPerUserPerMinute"/> questions per member in any sliding minute, so one member
/// cannot crowd out the others. Memory stays bounded: members idle for a minute are forgotten.
/// </summary>
internal sealed class QuestionRateLimiter(IOptions<BotOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly int _limit = options.Value.QuestionsPerUserPerMinute;
    private readonly Dictionary<ulong, Queue<DateTimeOffset>> _recent = [];
    private readonly Dictionary<ulong, DateTimeOffset> _warned = [];
    private readonly Lock _lock = new();
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    /// <summary>Counts a question; when over the limit, returns how long until the member may ask again.</summary>
    public TimeSpan? TryAcquire(ulong userId)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            SweepIdle(now);
            if (!_recent.TryGetValue(userId, out var stamps))
            {
                stamps = new Queue<DateTimeOffset>(_limit);
                _recent[userId] = stamps;
            }

            while (stamps.Count > 0 && now - stamps.Peek() >= Window)
            {
                stamps.Dequeue();
            }

            if (stamps.Count >= _limit)
            {
                return stamps.Peek() + Window - now;
            }

            stamps.Enqueue(now);
            return null;
        }
    }

    /// <summary>
    /// True the first time a limited member is told to slow down in a window, false after that: a member who keeps
    /// mentioning the bot gets one notice, not one reply per message.
    /// </summary>
    public bool ShouldWarn(ulong userId)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_warned.TryGetValue(userId, out var last) && now - last < Window)
            {
                return false;
            }

            _warned[userId] = now;
            return true;
        }
    }

    private void SweepIdle(DateTimeOffset now)
    {
        if (now - _lastSweep < Window)
        {
            return;
        }

        _lastSweep = now;
        foreach (var (user, stamps) in _recent.ToList())
        {
            if (stamps.Count == 0 || now - stamps.Last() >= Window)
            {
                _recent.Remove(user);
            }
        }

        foreach (var (user, warnedAt) in _warned.ToList())
        {
            if (now - warnedAt >= Window)
            {
                _warned.Remove(user);
            }
        }
    }
}
