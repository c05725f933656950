using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace DealBot.Knowledge.Qdrant;

/// <summary>Log messages of the Qdrant store (EventIds 3000–3999). Endpoints are logged; the API key never is.</summary>
internal static partial class QdrantLog
{
    [LoggerMessage(3000, LogLevel.Information, "Loading generation {Collection} ({Passages} passages) for alias {Alias}")]
    public static partial void LoadingGeneration(ILogger logger, string collection, int passages, string alias);

    [LoggerMessage(3001, LogLevel.Information, "Alias {Alias} now serves {Collection}; previous generation {Previous}")]
    public static partial void Published(ILogger logger, string alias, string collection, string? previous);

    [LoggerMessage(3002, LogLevel.Error, "Loading generation {Collection} failed; the live index is unchanged")]
    public static partial void LoadFailed(ILogger logger, string collection, Exception exception);

    [LoggerMessage(3003, LogLevel.Information, "Dropped generation {Collection}")]
    public static partial void Dropped(ILogger logger, string collection);

    [LoggerMessage(3004, LogLevel.Warning, "Could not drop generation {Collection}; drop it by hand")]
    public static partial void DropFailed(ILogger logger, string collection, Exception exception);

    [LoggerMessage(3005, LogLevel.Information, "Alias {Alias} rolled back from {From} to {To}")]
    public static partial void RolledBack(ILogger logger, string alias, string? from, string to);

    [LoggerMessage(3006, LogLevel.Warning, "Qdrant call {Operation} failed with {Status}; retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string operation, StatusCode status, int attempt, TimeSpan delay);

    [LoggerMessage(3007, LogLevel.Error, "Qdrant at {Endpoint} is unavailable ({Status}) for {Operation}")]
    public static partial void Unavailable(ILogger logger, string endpoint, StatusCode status, string operation);

    [LoggerMessage(3008, LogLevel.Information, "Qdrant {Version} reachable at {Endpoint}")]
    public static partial void Reachable(ILogger logger, string version, string endpoint);

    [LoggerMessage(3009, LogLevel.Debug, "Hybrid search on {Alias} returned {Hits} hits")]
    public static partial void Searched(ILogger logger, string alias, int hits);
}
