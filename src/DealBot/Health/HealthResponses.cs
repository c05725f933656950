using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DealBot.Health;

/// <summary>
/// The two health paths as <c>MapHealthChecks</c> options. Liveness runs no checks; readiness runs every registered
/// check, each within <see cref="HealthOptions.Timeout"/> (a check that takes longer is Unhealthy). Degraded still
/// serves answers: only Unhealthy is a 503.
/// </summary>
internal static class HealthResponses
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public static HealthCheckOptions Live() => new()
    {
        Predicate = _ => false,
        ResponseWriter = WriteAsync,
    };

    public static HealthCheckOptions Ready() => new()
    {
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = WriteAsync,
    };

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
