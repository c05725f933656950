using DealBot.Discord.Gateway;
using DealBot.Discord.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace DealBot.Discord.Tests.Gateway;

/// <summary>
/// The bounded queue between the socket reader and the handlers, when the bot does not keep up: the oldest chat
/// message makes room, interactions and lifecycle events are never dropped (the writer waits for room instead), and
/// a burst of drops is counted and logged once.
/// </summary>
public sealed class GatewayEventQueueFaultTests
{
    private readonly FakeLogger _log = new();

    public static TheoryData<string> NeverDropped => ["INTERACTION_CREATE", "READY", "RESUMED", "GUILD_CREATE", "GUILD_DELETE", "THREAD_CREATE"];

    [Fact]
    public async Task WriteAsync_FullOfMessages_NewMessageDropsTheOldestAndOrderIsKept()
    {
        var queue = Queue(3);
        foreach (var id in new ulong[] { 1, 2, 3, 4, 5 })
        {
            await queue.WriteAsync(Message(id), CancellationToken.None);
        }

        Assert.Equal([3UL, 4UL, 5UL], Drain(queue).Select(Id));
        Assert.Equal(2, queue.DroppedMessages);
    }

    [Theory]
    [MemberData(nameof(NeverDropped))]
    public async Task WriteAsync_FullQueueWithAMessage_EventTakesTheOldestMessagesPlace(string kind)
    {
        var queue = Queue(3);
        await queue.WriteAsync(Interaction(1), CancellationToken.None);
        await queue.WriteAsync(Message(2), CancellationToken.None);
        await queue.WriteAsync(Message(3), CancellationToken.None);

        var write = queue.WriteAsync(Event(kind, 4), CancellationToken.None);

        Assert.True(write.IsCompletedSuccessfully, "the writer waited although a message could make room");
        var read = Drain(queue);
        Assert.Equal(3, read.Count);
        Assert.IsType<InteractionCreateEvent>(read[0]);
        Assert.Equal(3UL, Id(read[1]));
        Assert.Equal(Event(kind, 4).GetType(), read[2].GetType());
        Assert.Equal(1, queue.DroppedMessages);
    }

    [Theory]
    [MemberData(nameof(NeverDropped))]
    public async Task WriteAsync_FullOfEventsThatAreNeverDropped_WaitsForRoomThenQueues(string kind)
    {
        var queue = Queue(2);
        await queue.WriteAsync(Interaction(1), CancellationToken.None);
        await queue.WriteAsync(Ready(), CancellationToken.None);

        var write = queue.WriteAsync(Event(kind, 3), CancellationToken.None).AsTask();

        Assert.False(write.IsCompleted, "an event that is never dropped was not held back for room");
        Assert.True(queue.Reader.TryRead(out var first));
        await write.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.IsType<InteractionCreateEvent>(first);
        Assert.Equal(2, queue.Count);
        Assert.Equal(0, queue.DroppedMessages);
    }

    [Fact]
    public async Task WriteAsync_FullOfInteractions_NewMessageIsDroppedWithoutWaiting()
    {
        var queue = Queue(2);
        await queue.WriteAsync(Interaction(1), CancellationToken.None);
        await queue.WriteAsync(Interaction(2), CancellationToken.None);

        var write = queue.WriteAsync(Message(3), CancellationToken.None);

        Assert.True(write.IsCompletedSuccessfully);
        Assert.All(Drain(queue), e => Assert.IsType<InteractionCreateEvent>(e));
        Assert.Equal(1, queue.DroppedMessages);
    }

    [Fact]
    public async Task WriteAsync_WaitingForRoomWhenTheConnectionEnds_Cancelled()
    {
        var queue = Queue(1);
        await queue.WriteAsync(Interaction(1), CancellationToken.None);
        using var connection = new CancellationTokenSource();

        var write = queue.WriteAsync(Interaction(2), connection.Token).AsTask();
        await connection.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => write);
        Assert.Equal(1, queue.Count);
    }

    [Fact]
    public async Task WriteAsync_BurstOfDrops_LoggedOnceWhenFullAndOnceWithTheCountWhenDrained()
    {
        var queue = Queue(2);
        for (ulong id = 1; id <= 12; id++)
        {
            await queue.WriteAsync(Message(id), CancellationToken.None);
        }

        Drain(queue);

        var lines = _log.Collector.GetSnapshot();
        Assert.Single(lines, l => l.Id.Id == 4020 && l.Level == LogLevel.Warning);
        var drained = Assert.Single(lines, l => l.Id.Id == 4021);
        Assert.Contains("10 chat messages were dropped", drained.Message, StringComparison.Ordinal);
        Assert.Equal(10, queue.DroppedMessages);
    }

    [Fact]
    public async Task WriteAsync_SecondBurstAfterCatchingUp_LoggedAgain()
    {
        var queue = Queue(1);
        await queue.WriteAsync(Message(1), CancellationToken.None);
        await queue.WriteAsync(Message(2), CancellationToken.None);
        Drain(queue);
        await queue.WriteAsync(Message(3), CancellationToken.None);
        await queue.WriteAsync(Message(4), CancellationToken.None);
        Drain(queue);

        Assert.Equal(2, _log.Collector.GetSnapshot().Count(l => l.Id.Id == 4020));
        Assert.Equal(2, queue.DroppedMessages);
    }

    [Fact]
    public async Task Complete_ReaderFinishesWhatIsQueuedThenEnds()
    {
        var queue = Queue(4);
        await queue.WriteAsync(Message(1), CancellationToken.None);
        await queue.WriteAsync(Interaction(2), CancellationToken.None);
        queue.Complete();

        var read = new List<GatewayEvent>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var e in queue.Reader.ReadAllAsync(patience.Token))
        {
            read.Add(e);
        }

        Assert.Equal(2, read.Count);
        Assert.True(queue.Reader.Completion.IsCompleted);
    }

    [Fact]
    public async Task WaitToReadAsync_EmptyQueue_WakesOnTheNextEvent()
    {
        var queue = Queue(4);
        var waiting = queue.Reader.WaitToReadAsync().AsTask();

        Assert.False(waiting.IsCompleted);
        await queue.WriteAsync(Message(1), CancellationToken.None);

        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private GatewayEventQueue Queue(int capacity) => new(capacity, _log);

    private static List<GatewayEvent> Drain(GatewayEventQueue queue)
    {
        var read = new List<GatewayEvent>();
        while (queue.Reader.TryRead(out var e))
        {
            read.Add(e);
        }

        return read;
    }

    private static ulong Id(GatewayEvent e) => e switch
    {
        MessageCreateEvent m => m.Message.Id,
        InteractionCreateEvent i => i.Interaction.Id,
        _ => 0,
    };

    private static MessageCreateEvent Message(ulong id) => new(new DiscordMessage { Id = id, ChannelId = 600, Content = "spam" });

    private static InteractionCreateEvent Interaction(ulong id) => new(new DiscordInteraction { Id = id, Type = InteractionType.ApplicationCommand });

    private static ReadyEvent Ready() => new(new ReadyPayload { SessionId = "s" });

    private static GatewayEvent Event(string kind, ulong id) => kind switch
    {
        "INTERACTION_CREATE" => Interaction(id),
        "READY" => Ready(),
        "RESUMED" => new ResumedEvent(),
        "GUILD_CREATE" => new GuildCreateEvent(new DiscordGuild { Id = id }),
        "GUILD_DELETE" => new GuildDeleteEvent(new UnavailableGuild { Id = id }),
        "THREAD_CREATE" => new ThreadCreateEvent(new DiscordChannel { Id = id }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
