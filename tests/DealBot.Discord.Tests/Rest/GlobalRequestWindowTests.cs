using DealBot.Discord.Rest;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Discord.Tests.Rest;

/// <summary>
/// A request counts against the global limit until a second after its answer: a second's worth of requests cannot
/// bunch up behind a slow one and reach Discord within one of its windows.
/// </summary>
public sealed class GlobalRequestWindowTests
{
    [Fact]
    public async Task AcquireAsync_AtTheLimit_WaitsWhileRequestsAreStillInFlight()
    {
        var time = new FakeTimeProvider();
        var window = new GlobalRequestWindow(time, limit: 2, TimeSpan.FromSeconds(1));
        using var first = await window.AcquireAsync(CancellationToken.None);
        using var second = await window.AcquireAsync(CancellationToken.None);

        using var giveUp = new CancellationTokenSource();
        var third = window.AcquireAsync(giveUp.Token).AsTask();
        await AdvanceAsync(time, TimeSpan.FromSeconds(3));

        Assert.False(third.IsCompleted);
        Assert.Equal(2, window.InFlight);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);
    }

    [Fact]
    public async Task AcquireAsync_AfterAnAnswer_WaitsAFullWindowFromTheAnswerNotFromTheSend()
    {
        var time = new FakeTimeProvider();
        var window = new GlobalRequestWindow(time, limit: 1, TimeSpan.FromSeconds(1));
        var slow = await window.AcquireAsync(CancellationToken.None);
        await AdvanceAsync(time, TimeSpan.FromMilliseconds(800));
        slow.Dispose();

        var next = window.AcquireAsync(CancellationToken.None).AsTask();
        await AdvanceAsync(time, TimeSpan.FromMilliseconds(900));
        var stillWaiting = !next.IsCompleted;
        await AdvanceAsync(time, TimeSpan.FromMilliseconds(200));

        Assert.True(stillWaiting);
        using var slot = await next.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, window.InFlight);
    }

    [Fact]
    public async Task Slot_DisposedTwice_CountsOnce()
    {
        var time = new FakeTimeProvider();
        var window = new GlobalRequestWindow(time, limit: 2, TimeSpan.FromSeconds(1));
        var slot = await window.AcquireAsync(CancellationToken.None);
        slot.Dispose();
        slot.Dispose();

        using var other = await window.AcquireAsync(CancellationToken.None);

        Assert.Equal(1, window.InFlight);
    }

    private static async Task AdvanceAsync(FakeTimeProvider time, TimeSpan total)
    {
        for (var step = TimeSpan.Zero; step < total; step += TimeSpan.FromMilliseconds(50))
        {
            time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(5);
        }
    }
}
