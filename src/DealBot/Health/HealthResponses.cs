using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DealBot.Health;

/// <summary>Answers the two health paths. Liveness runs no checks; readiness runs every registered check.</summary>
internal sealed class HealthResponses(HealthCheckService healthChecks, HealthOptions options)
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.Equals(LivePath, StringComparison.OrdinalIgnoreCase))
        {
            await WriteAsync(context, StatusCodes.Status200OK, new { status = "Healthy" }).ConfigureAwait(false);
        }
        else if (path.Equals(ReadyPath, StringComparison.OrdinalIgnoreCase))
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            timeout.CancelAfter(options.Timeout);
            var report = await healthChecks.CheckHealthAsync(timeout.Token).ConfigureAwait(false);

            // Degraded still serves answers; only Unhealthy takes the instance out of rotation.
            var status = report.Status == HealthStatus.Unhealthy
                ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status200OK;
            var body = new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(
                    e => e.Key,
                    e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            };
            await WriteAsync(context, status, body).ConfigureAwait(false);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private static Task WriteAsync(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
