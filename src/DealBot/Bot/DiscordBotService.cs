using DealBot.Core.Retrieval;
using DealBot.Discord.Gateway;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DealBot.Bot;

/// <summary>
/// The bot's life in the Generic Host: make sure a knowledge index exists, connect to the gateway, dispatch events
/// until shutdown, then let answers in progress finish. When Discord refuses the bot for good (a bad token, a
/// disallowed intent) the transport logs what to fix and stops connecting; the process stays up and reports not
/// ready, so a restart policy does not turn a bad token into an endless loop of refused identifies.
/// </summary>
internal sealed class DiscordBotService(
    IDiscordGatewayClient gateway,
    BotEventDispatcher dispatcher,
    InFlightWork inFlight,
    StartupIndex index,
    IKnowledgeSearch search,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordBotService> logger) : BackgroundService
{
    /// <summary>Why the bot could not start (the store unreachable, a broken knowledge directory), for the run verb to report.</summary>
    public Exception? StartFailure { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await index.EnsureAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One line and a clean stop: the run verb reports it with its exit code; no stack trace for the operator.
            StartFailure = ex;
            BotLog.StartFailed(logger, ex.Message);
            lifetime.StopApplication();
            return;
        }

        await WarmUpAsync(stoppingToken).ConfigureAwait(false);
        var events = dispatcher.RunAsync(stoppingToken);
        await gateway.RunAsync(stoppingToken).ConfigureAwait(false);
        try
        {
            await events.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (inFlight.Count > 0)
        {
            BotLog.Draining(logger, inFlight.Count);
        }

        try
        {
            await inFlight.WhenAllAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await dispatcher.AbortAsync().ConfigureAwait(false);
        }
    }

    // One search before connecting loads the embedding model and the live index, so the first member to ask does
    // not wait for them.
    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = await search.SearchAsync("How much will be invested, and when?", new SearchOptions(1), cancellationToken).ConfigureAwait(false);
        }
        catch (KnowledgeStoreUnavailableException ex)
        {
            BotLog.StoreUnavailable(logger, ex.Message);
        }
    }
}
