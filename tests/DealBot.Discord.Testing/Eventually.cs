using Microsoft.Extensions.Time.Testing;

namespace DealBot.Discord.Testing;

/// <summary>Polling helpers with generous limits, for a loaded machine.</summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static async Task WaitUntilAsync(Func<bool> condition, string because, TimeSpan? timeout = null)
    {
        var started = DateTime.UtcNow;
        while (!condition())
        {
            if (DateTime.UtcNow - started > (timeout ?? Timeout))
            {
                throw new TimeoutException("Timed out waiting until " + because);
            }

            await Task.Delay(10);
        }
    }

    /// <summary>
    /// Moves fake time forward in small steps, giving the code under test real time to react between steps,
    /// until <paramref name="condition"/> holds or <paramref name="maximum"/> of fake time has passed.
    /// </summary>
    public static async Task AdvanceUntilAsync(FakeTimeProvider time, Func<bool> condition, TimeSpan step, TimeSpan maximum)
    {
        var advanced = TimeSpan.Zero;
        while (!condition())
        {
            if (advanced >= maximum)
            {
                return;
            }

            await Task.Delay(5);
            time.Advance(step);
            advanced += step;
        }
    }

    /// <summary>Advances fake time by <paramref name="total"/>, in steps, letting the code react between them.</summary>
    public static async Task AdvanceAsync(FakeTimeProvider time, TimeSpan total, TimeSpan step)
    {
        for (var advanced = TimeSpan.Zero; advanced < total; advanced += step)
        {
            await Task.Delay(5);
            time.Advance(step);
        }

        await Task.Delay(20);
    }
}
