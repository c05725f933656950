using System.Collections.Concurrent;

namespace DealBot.Discord.Rest;

/// <summary>
/// Maps routes to buckets. A route starts in a provisional bucket of its own; once a response names the
/// bucket hash, the route (for that top-level resource) shares the hash's bucket with every other route
/// Discord puts in it. Idle buckets are dropped after 15 minutes: interaction tokens expire by then, and
/// their buckets would otherwise pile up for the life of the process.
/// </summary>
internal sealed class RateLimitBucketRegistry(TimeProvider time)
{
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private long _lastSweep = time.GetTimestamp();

    public int Count => _buckets.Count;

    public RateLimitBucket GetBucket(RestRoute route)
    {
        SweepIfDue();
        var key = _hashes.TryGetValue(route.RouteKey, out var hash) ? route.BucketKey(hash) : route.ProvisionalBucketKey;
        return _buckets.GetOrAdd(key, static (_, t) => new RateLimitBucket(t), time);
    }

    /// <summary>
    /// Records the bucket hash of <paramref name="route"/> and returns the shared bucket, which is
    /// <paramref name="current"/> itself when it is the first one seen for that hash and resource.
    /// </summary>
    public RateLimitBucket Learn(RestRoute route, string? hash, RateLimitBucket current)
    {
        if (string.IsNullOrEmpty(hash))
        {
            return current;
        }

        _hashes[route.RouteKey] = hash;
        return _buckets.GetOrAdd(route.BucketKey(hash), current);
    }

    private void SweepIfDue()
    {
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _lastSweep);
        if (time.GetElapsedTime(last, now) < SweepInterval || Interlocked.CompareExchange(ref _lastSweep, now, last) != last)
        {
            return;
        }

        foreach (var (key, bucket) in _buckets)
        {
            // A bucket in use has its gate taken; a request that fetched it just before removal still works,
            // at worst beside a fresh bucket for the same key.
            if (bucket.Gate.CurrentCount == 1 && time.GetElapsedTime(bucket.LastUsed, now) > IdleLifetime)
            {
                _buckets.TryRemove(new KeyValuePair<string, RateLimitBucket>(key, bucket));
            }
        }
    }
}
