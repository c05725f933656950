using System.Buffers;
using DealBot.Discord.Gateway;
using DealBot.Discord.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Discord.Tests.Gateway;

public sealed class GatewaySenderTests
{
    [Fact]
    public async Task SendAsync_ManyFramesOverMinutes_NeverExceeds120PerSlidingMinute()
    {
        var time = new FakeTimeProvider();
        var connection = new RecordingConnection(time);
        using var sender = new GatewaySender(connection, time, new GatewayTuning());

        var sends = Enumerable.Range(0, 400)
            .Select(i => sender.SendAsync(new byte[] { (byte)'{', (byte)'}' }, isHeartbeat: i % 20 == 0, CancellationToken.None).AsTask())
            .ToList();
        await Eventually.AdvanceUntilAsync(time, () => sends.All(s => s.IsCompleted), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));

        Assert.All(sends, s => Assert.True(s.IsCompletedSuccessfully));
        var sentAt = connection.SentAt.Order().ToList();
        Assert.Equal(400, sentAt.Count);
        for (var i = 0; i + 120 < sentAt.Count; i++)
        {
            // The 121st frame after frame i must come a full minute later.
            Assert.True(sentAt[i + 120] - sentAt[i] >= TimeSpan.FromSeconds(60), $"frames {i} and {i + 120} only {sentAt[i + 120] - sentAt[i]} apart");
        }
    }

    [Fact]
    public async Task SendAsync_OrdinaryBudgetSpent_HeartbeatStillGoesOutFromReserve()
    {
        var time = new FakeTimeProvider();
        var connection = new RecordingConnection(time);
        var tuning = new GatewayTuning();
        using var sender = new GatewaySender(connection, time, tuning);
        for (var i = 0; i < tuning.SendLimit - tuning.HeartbeatReserve; i++)
        {
            await sender.SendAsync(new byte[] { 1 }, isHeartbeat: false, CancellationToken.None);
        }

        var ordinary = sender.SendAsync(new byte[] { 2 }, isHeartbeat: false, CancellationToken.None).AsTask();
        var heartbeat = sender.SendAsync(new byte[] { 3 }, isHeartbeat: true, CancellationToken.None).AsTask();
        await heartbeat.WaitAsync(Eventually.Timeout);

        Assert.False(ordinary.IsCompleted);
        time.Advance(tuning.SendWindow);
        await ordinary.WaitAsync(Eventually.Timeout);
    }

    [Fact]
    public async Task SendAsync_FrameOver4096Bytes_IsRefused()
    {
        var time = new FakeTimeProvider();
        using var sender = new GatewaySender(new RecordingConnection(time), time, new GatewayTuning());

        await Assert.ThrowsAsync<ArgumentException>(() => sender.SendAsync(new byte[4097], isHeartbeat: false, CancellationToken.None).AsTask());
    }

    private sealed class RecordingConnection(TimeProvider time) : IGatewayConnection
    {
        private int _inFlight;

        public List<DateTimeOffset> SentAt { get; } = [];

        public async ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
        {
            // A WebSocket allows one send at a time; the sender must never overlap two.
            Assert.Equal(1, Interlocked.Increment(ref _inFlight));
            lock (SentAt)
            {
                SentAt.Add(time.GetUtcNow());
            }

            await Task.Yield();
            Interlocked.Decrement(ref _inFlight);
        }

        public ValueTask<GatewayReceiveResult> ReceiveAsync(IBufferWriter<byte> destination, CancellationToken cancellationToken = default)
            => throw new NotSupportedException();

        public Task CloseAsync(int closeStatus, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public void Abort()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
