using DealBot.Core.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Qdrant;

/// <summary>Checks at start that Qdrant answers, so a wrong endpoint fails fast with a message that says what to do.</summary>
public sealed class QdrantStartupCheck
{
    private readonly IQdrantGateway _gateway;
    private readonly QdrantRetry _retry;
    private readonly QdrantOptions _options;
    private readonly ILogger _logger;

    internal QdrantStartupCheck(IQdrantGateway gateway, QdrantRetry retry, IOptions<QdrantOptions> options, ILogger<QdrantStartupCheck> logger)
    {
        _gateway = gateway;
        _retry = retry;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Calls Qdrant's health endpoint, retrying briefly (it may still be starting next to the bot).</summary>
    /// <exception cref="KnowledgeStoreUnavailableException">
    /// Qdrant did not answer; the message names the endpoint and the fix. The host prints it and exits with code 2.
    /// </exception>
    public async Task EnsureReachableAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var reply = await _retry.ExecuteAsync("health", _gateway.HealthAsync, cancellationToken).ConfigureAwait(false);
            QdrantLog.Reachable(_logger, reply.Version, _options.Endpoint);
        }
        catch (KnowledgeStoreUnavailableException ex)
        {
            throw new KnowledgeStoreUnavailableException(Describe(_options.Endpoint), ex.InnerException ?? ex);
        }
    }

    internal static string Describe(string endpoint)
    {
        var message = $"Qdrant is unreachable at {endpoint}. Start it (docker run -p 6333:6333 -p 6334:6334 "
            + "qdrant/qdrant:v1.20.0) or set Qdrant:Endpoint to its gRPC address, and Qdrant:ApiKey if it needs one.";
        return Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Port == 6333
            ? message + " Port 6333 is Qdrant's REST port; the client speaks gRPC on 6334."
            : message;
    }
}
