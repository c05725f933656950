using System.Net;
using DealBot.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;

namespace DealBot.Health;

/// <summary>
/// A small Kestrel host beside the bot rather than hosting it (the bot itself is not a web app): the health checks
/// through <c>MapHealthChecks</c>, and Prometheus's <c>/metrics</c> when telemetry is on. It shares the bot's health
/// checks and meter provider, and nothing else.
/// </summary>
internal sealed partial class HealthEndpointService(
    IOptions<HealthOptions> options,
    HealthCheckService healthChecks,
    IServiceProvider services,
    ILoggerFactory loggerFactory,
    ILogger<HealthEndpointService> logger) : IHostedService, IAsyncDisposable
{
    public const string MetricsPath = "/metrics";
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Port == 0)
        {
            return;
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Parse(settings.Address), settings.Port));
        builder.Services.AddRouting();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton(healthChecks);
        builder.Services.AddSingleton<IHostLifetime, PassiveLifetime>();
        var meters = services.GetService<MeterProvider>();
        var prometheus = meters is not null && services.GetService<IOptions<TelemetryOptions>>()?.Value.Prometheus == true;
        if (prometheus)
        {
            builder.Services.AddSingleton(services.GetRequiredService<IOptionsMonitor<PrometheusAspNetCoreOptions>>());
        }

        var app = builder.Build();
        app.UseRouting();
        app.MapHealthChecks(HealthResponses.LivePath, HealthResponses.Live());
        app.MapHealthChecks(HealthResponses.ReadyPath, HealthResponses.Ready());
        if (prometheus)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(meters!, context => context.Request.Path == MetricsPath, path: null, configureBranchedPipeline: null, optionsName: null);
        }

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            _app = app;
            LogListening(logger, settings.Address, settings.Port);
        }
        catch (IOException ex)
        {
            // A CLI verb run inside a container whose bot already holds the port must not fail for it.
            LogPortInUse(logger, settings.Port, ex);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }
    }

    [LoggerMessage(6900, LogLevel.Information, "Health endpoint listening on http://{Address}:{Port}/health/ready")]
    private static partial void LogListening(ILogger logger, string address, int port);

    [LoggerMessage(6901, LogLevel.Warning, "Health endpoint not started: port {Port} is in use")]
    private static partial void LogPortInUse(ILogger logger, int port, Exception exception);
}
