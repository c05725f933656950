using Grpc.Core;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Qdrant;

/// <summary>Readiness: the Qdrant server answers its health call within a few seconds.</summary>
internal sealed class QdrantHealthCheck(IQdrantGateway gateway, IOptions<QdrantOptions> options, TimeProvider timeProvider)
    : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = options.Value.Endpoint;
        using var timeout = new CancellationTokenSource(Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var reply = await gateway.HealthAsync(linked.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Qdrant {reply.Version} at {endpoint}");
        }
        catch (RpcException ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Qdrant unreachable at {endpoint} ({ex.StatusCode})");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Qdrant at {endpoint} did not answer in {Timeout.TotalSeconds:0} s");
        }
    }
}
