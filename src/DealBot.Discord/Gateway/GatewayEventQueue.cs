using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Gateway;

/// <summary>
/// The bounded queue between the socket reader and the bot's handlers, holding at most <c>capacity</c> events.
/// When it is full:
/// <list type="bullet">
/// <item>the oldest waiting MESSAGE_CREATE is dropped to make room for the new event, whatever its kind: chat
/// messages are what a flood is made of, and a member whose message was dropped can simply ask again;</item>
/// <item>a new MESSAGE_CREATE with no older one to drop (the queue is all interactions and lifecycle events) is
/// dropped itself;</item>
/// <item>INTERACTION_CREATE and lifecycle events (READY, RESUMED, GUILD_CREATE, ...) are never dropped: with no
/// message to drop, the socket reader waits for room. Heartbeats go on meanwhile; if the wait outlasts a
/// heartbeat, the connection is resumed and Discord replays what was not queued.</item>
/// </list>
/// Drops are counted; a burst is logged once when it starts and once, with its count, when the queue has drained.
/// </summary>
internal sealed class GatewayEventQueue
{
    private readonly Lock _lock = new();
    private readonly LinkedList<GatewayEvent> _events = new();

    // The MESSAGE_CREATE nodes of _events, oldest first, so the oldest can be dropped without a scan.
    private readonly Queue<LinkedListNode<GatewayEvent>> _messages = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _capacity;
    private readonly ILogger _logger;
    private TaskCompletionSource<bool>? _readable;
    private TaskCompletionSource? _room;
    private bool _completed;
    private bool _inBurst;
    private int _burstDropped;
    private long _dropped;

    public GatewayEventQueue(int capacity, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _logger = logger;
        Reader = new GatewayEventQueueReader(this);
    }

    /// <summary>What the bot reads; completes when <see cref="Complete"/> was called and everything was read.</summary>
    public GatewayEventQueueReader Reader { get; }

    /// <summary>Chat messages dropped since the start.</summary>
    public long DroppedMessages
    {
        get
        {
            lock (_lock)
            {
                return _dropped;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _events.Count;
            }
        }
    }

    internal Task Completion => _completion.Task;

    /// <summary>
    /// Queues <paramref name="gatewayEvent"/> under the policy above. Returns at once, except for an event that is
    /// never dropped arriving when the queue is full of such events: then it waits for the reader to make room.
    /// </summary>
    public async ValueTask WriteAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        while (TryWrite(gatewayEvent) is { } room)
        {
            await room.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>No more events will be written; readers finish what is queued.</summary>
    public void Complete()
    {
        TaskCompletionSource<bool>? readable;
        TaskCompletionSource? room;
        lock (_lock)
        {
            _completed = true;
            (readable, _readable) = (_readable, null);
            (room, _room) = (_room, null);
            if (_events.Count == 0)
            {
                _completion.TrySetResult();
            }
        }

        readable?.TrySetResult(false);
        room?.TrySetResult();
    }

    internal bool TryRead([MaybeNullWhen(false)] out GatewayEvent gatewayEvent)
    {
        TaskCompletionSource? room;
        var drainedBurst = -1;
        lock (_lock)
        {
            if (_events.First is not { } first)
            {
                gatewayEvent = null;
                return false;
            }

            _events.RemoveFirst();
            if (first.Value is MessageCreateEvent)
            {
                // Both lists are in arrival order, so the first event, a message, is also the oldest message.
                _messages.Dequeue();
            }

            gatewayEvent = first.Value;
            (room, _room) = (_room, null);
            if (_events.Count == 0)
            {
                if (_inBurst)
                {
                    drainedBurst = _burstDropped;
                    (_inBurst, _burstDropped) = (false, 0);
                }

                if (_completed)
                {
                    _completion.TrySetResult();
                }
            }
        }

        room?.TrySetResult();
        if (drainedBurst >= 0)
        {
            GatewayLog.EventQueueDrained(_logger, drainedBurst);
        }

        return true;
    }

    internal ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken)
    {
        Task<bool> readable;
        lock (_lock)
        {
            if (_events.Count > 0)
            {
                return ValueTask.FromResult(true);
            }

            if (_completed)
            {
                return ValueTask.FromResult(false);
            }

            _readable ??= new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            readable = _readable.Task;
        }

        return new ValueTask<bool>(readable.WaitAsync(cancellationToken));
    }

    // Null when the event was queued (or dropped under the policy); otherwise a task that completes when there is room.
    private Task? TryWrite(GatewayEvent gatewayEvent)
    {
        TaskCompletionSource<bool>? readable = null;
        Task? room = null;
        var burstStarted = false;
        lock (_lock)
        {
            if (_completed)
            {
                return null;
            }

            var isMessage = gatewayEvent is MessageCreateEvent;
            var queue = true;
            if (_events.Count >= _capacity)
            {
                burstStarted = !_inBurst;
                _inBurst = true;
                if (_messages.TryDequeue(out var oldest))
                {
                    _events.Remove(oldest);
                    CountDrop();
                }
                else if (isMessage)
                {
                    CountDrop();
                    queue = false;
                }
                else
                {
                    _room ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    room = _room.Task;
                    queue = false;
                }
            }

            if (queue)
            {
                var node = _events.AddLast(gatewayEvent);
                if (isMessage)
                {
                    _messages.Enqueue(node);
                }

                (readable, _readable) = (_readable, null);
            }
        }

        if (burstStarted)
        {
            GatewayLog.EventQueueFull(_logger, _capacity);
        }

        readable?.TrySetResult(true);
        return room;
    }

    private void CountDrop()
    {
        _dropped++;
        _burstDropped++;
    }
}
