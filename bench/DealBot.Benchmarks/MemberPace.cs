namespace DealBot.Benchmarks;

/// <summary>Keeps each simulated member to a number of questions in any minute of the soak.</summary>
internal sealed class MemberPace(int perMinute)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Dictionary<object, Queue<TimeSpan>> _asked = [];

    /// <summary>Counts a question by <paramref name="member"/> at <paramref name="now"/>, or returns false when it would be one too many.</summary>
    public bool TryAsk(object member, TimeSpan now)
    {
        if (!_asked.TryGetValue(member, out var times))
        {
            times = new Queue<TimeSpan>();
            _asked[member] = times;
        }

        while (times.Count > 0 && now - times.Peek() >= Minute)
        {
            times.Dequeue();
        }

        if (times.Count >= perMinute)
        {
            return false;
        }

        times.Enqueue(now);
        return true;
    }
}
