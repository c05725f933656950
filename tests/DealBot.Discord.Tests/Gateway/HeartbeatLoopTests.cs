using DealBot.Discord.Gateway;
using DealBot.Discord.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Discord.Tests.Gateway;

public sealed class HeartbeatLoopTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task RunAsync_Jitter025_FirstBeatAfterQuarterIntervalThenEveryInterval()
    {
        var time = new FakeTimeProvider();
        var started = time.GetUtcNow();
        var beats = new List<TimeSpan>();
        HeartbeatLoop? loop = null;
        loop = new HeartbeatLoop(time, new FixedRandomSource(0.25), _ =>
        {
            lock (beats)
            {
                beats.Add(time.GetUtcNow() - started);
            }

            loop!.Acknowledge();
            return ValueTask.CompletedTask;
        }, () => throw new InvalidOperationException("not a zombie"));
        using var cts = new CancellationTokenSource();
        var run = loop.RunAsync(Interval, cts.Token);

        time.Advance(TimeSpan.FromSeconds(9.999));
        await Task.Delay(50);
        Assert.Empty(beats);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await Eventually.WaitUntilAsync(() => Count(beats) == 1, "the first beat");
        time.Advance(Interval);
        await Eventually.WaitUntilAsync(() => Count(beats) == 2, "the second beat");
        time.Advance(Interval);
        await Eventually.WaitUntilAsync(() => Count(beats) == 3, "the third beat");

        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(90)], beats);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    private static int Count(List<TimeSpan> beats)
    {
        lock (beats)
        {
            return beats.Count;
        }
    }

    [Fact]
    public async Task RunAsync_NoAckBeforeNextBeat_ReportsZombieInsteadOfBeating()
    {
        var time = new FakeTimeProvider();
        var beats = 0;
        var zombie = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loop = new HeartbeatLoop(time, new FixedRandomSource(0), _ =>
        {
            Interlocked.Increment(ref beats);
            return ValueTask.CompletedTask;
        }, () => zombie.TrySetResult());

        var run = loop.RunAsync(Interval, CancellationToken.None);
        await Eventually.WaitUntilAsync(() => Volatile.Read(ref beats) == 1, "the first beat");
        time.Advance(Interval);

        await zombie.Task.WaitAsync(Eventually.Timeout);
        await run.WaitAsync(Eventually.Timeout);
        Assert.Equal(1, beats);
    }

    [Fact]
    public void Acknowledge_AfterBeat_ReportsLatency()
    {
        var time = new FakeTimeProvider();
        HeartbeatLoop? loop = null;
        loop = new HeartbeatLoop(time, new FixedRandomSource(0), _ => ValueTask.CompletedTask, () => { });
        using var cts = new CancellationTokenSource();
        var run = loop.RunAsync(Interval, cts.Token);

        time.Advance(TimeSpan.FromMilliseconds(120));
        loop.Acknowledge();

        Assert.Equal(TimeSpan.FromMilliseconds(120), loop.Latency);
        cts.Cancel();
    }
}
