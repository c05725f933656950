using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Health;

/// <summary>
/// A tiny Kestrel listener for the health paths, beside the bot rather than hosting it: the bot itself is not a web
/// app, and a separate listener keeps HTTP out of everything else.
/// </summary>
internal sealed partial class HealthEndpointService(
    IOptions<HealthOptions> options,
    HealthCheckService healthChecks,
    ILoggerFactory loggerFactory,
    ILogger<HealthEndpointService> logger) : IHostedService, IAsyncDisposable
{
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
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton<IHostLifetime, PassiveLifetime>();
        var app = builder.Build();
        var responses = new HealthResponses(healthChecks, settings);
        app.Run(responses.HandleAsync);
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
