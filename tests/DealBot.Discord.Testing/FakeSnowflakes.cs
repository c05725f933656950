namespace DealBot.Discord.Testing;

/// <summary>
/// Hands out ids shaped like Discord's snowflakes (a millisecond timestamp shifted left by 22 bits), unique and
/// increasing, so the code under test meets 18–19 digit ids that overflow a double, as in production.
/// </summary>
public sealed class FakeSnowflakes
{
    private const long DiscordEpochMs = 1420070400000;
    private static readonly long StartMs = new DateTimeOffset(2025, 9, 22, 16, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() - DiscordEpochMs;

    private long _issued;

    public ulong Next()
    {
        var n = Interlocked.Increment(ref _issued);
        return ((ulong)(StartMs + n) << 22) | (1UL << 17) | (ulong)(n & 0xFFF);
    }
}
