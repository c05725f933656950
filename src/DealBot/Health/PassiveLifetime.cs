using Microsoft.Extensions.Hosting;

namespace DealBot.Health;

/// <summary>
/// The health listener's lifetime: it neither waits for nor handles console signals, leaving Ctrl+C and SIGTERM to
/// the bot's host, which stops the listener as one of its hosted services.
/// </summary>
internal sealed class PassiveLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
