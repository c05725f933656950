using DealBot.Discord.Gateway;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DealBot.Bot;

/// <summary>Readiness of the bot: the gateway session is live. A refused bot is unhealthy with the reason.</summary>
internal sealed class GatewayHealthCheck(IDiscordGatewayClient gateway) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = gateway.Status;
        return Task.FromResult(status.State switch
        {
            GatewayConnectionState.Connected => HealthCheckResult.Healthy("gateway connected"),
            GatewayConnectionState.Fatal => HealthCheckResult.Unhealthy($"Discord refused the bot: {status.Reason}"),
            _ => HealthCheckResult.Unhealthy($"gateway {status.State.ToString().ToLowerInvariant()}"),
        });
    }
}
