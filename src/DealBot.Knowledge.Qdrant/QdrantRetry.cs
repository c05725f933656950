using DealBot.Core.Retrieval;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Qdrant;

/// <summary>
/// Retries calls that failed because Qdrant was unreachable or slow, with jittered exponential backoff, and turns a
/// lasting outage into <see cref="KnowledgeStoreUnavailableException"/> so callers can tell the user to try again.
/// </summary>
internal sealed class QdrantRetry(IOptions<QdrantOptions> options, TimeProvider timeProvider, ILogger<QdrantRetry> logger)
{
    public const string UnavailableMessage = "knowledge base unavailable, try again shortly";

    private readonly QdrantOptions _options = options.Value;

    public async Task<T> ExecuteAsync<T>(
        string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException ex) when (IsTransient(ex.StatusCode) && attempt <= _options.RetryCount
                && !cancellationToken.IsCancellationRequested)
            {
                var delay = Backoff(attempt);
                QdrantLog.Retrying(logger, operation, ex.StatusCode, attempt, delay);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException ex) when (IsOutage(ex.StatusCode) && !cancellationToken.IsCancellationRequested)
            {
                QdrantLog.Unavailable(logger, _options.Endpoint, ex.StatusCode, operation);
                throw new KnowledgeStoreUnavailableException(UnavailableMessage, ex);
            }
        }
    }

    public Task ExecuteAsync(string operation, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        return ExecuteAsync(
            operation,
            async token =>
            {
                await call(token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <summary>Failures that may pass: the server is down, restarting, or too slow for the deadline.</summary>
    internal static bool IsTransient(StatusCode status) =>
        status is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Aborted;

    /// <summary>
    /// Failures that mean "cannot use the store now" rather than a bug in the request: besides the transient ones, a
    /// rejected API key and a wrong port (6333 answers gRPC with an HTTP/2 error, seen as Internal).
    /// </summary>
    internal static bool IsOutage(StatusCode status) =>
        IsTransient(status) || status is StatusCode.Unauthenticated or StatusCode.PermissionDenied
            or StatusCode.Internal or StatusCode.Unknown;

    private TimeSpan Backoff(int attempt)
    {
        var exponential = _options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, _options.RetryMaxDelay.TotalMilliseconds);

        // Equal jitter: half fixed, half random, so shards restarted together do not retry in lockstep.
#pragma warning disable CA5394 // not security-sensitive
        return TimeSpan.FromMilliseconds((capped / 2) + (Random.Shared.NextDouble() * capped / 2));
#pragma warning restore CA5394
    }
}
