using System.Threading.Channels;
using DealBot.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Operations;

/// <summary>
/// The bounded queue in front of the database. Producers (an answer being sent, a button click) never wait: when the
/// queue is full the record is dropped, counted and logged, and the member's answer goes out all the same.
/// <see cref="OperationsWriter"/> empties it in the background.
/// </summary>
internal sealed partial class OperationsWriteQueue(IOptions<OperationsOptions> options, DealBotMetrics metrics, ILogger<OperationsWriteQueue> logger)
{
    private readonly Channel<StoreWrite> _channel = Channel.CreateBounded<StoreWrite>(new BoundedChannelOptions(options.Value.WriteQueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    private long _dropped;
    private long _pending;

    /// <summary>Records dropped since start because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Records queued and not yet written.</summary>
    public long Pending => Interlocked.Read(ref _pending);

    internal ChannelReader<StoreWrite> Reader => _channel.Reader;

    /// <summary>Queues <paramref name="write"/>; <see langword="false"/> when the queue was full and it was dropped.</summary>
    public bool TryEnqueue(string kind, Action<SqliteConnection, SqliteTransaction> write)
    {
        Interlocked.Increment(ref _pending);
        if (_channel.Writer.TryWrite(new StoreWrite(kind, write)))
        {
            return true;
        }

        Interlocked.Decrement(ref _pending);
        Interlocked.Increment(ref _dropped);
        metrics.Dropped(kind);
        LogDropped(kind);
        return false;
    }

    internal void Written(int count) => Interlocked.Add(ref _pending, -count);

    /// <summary>Waits until every record queued so far is written (tests, and the end of a CLI verb).</summary>
    public async Task WhenWrittenAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Pending > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(6801, LogLevel.Warning, "The operations store's write queue is full: a {Kind} record was dropped")]
    private partial void LogDropped(string kind);
}

/// <summary>One queued write, run inside the writer's transaction.</summary>
internal sealed record StoreWrite(string Kind, Action<SqliteConnection, SqliteTransaction> Write);
