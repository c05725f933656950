using System.Diagnostics;
using DealBot.Discord.Gateway;
using DealBot.Discord.Rest;
using DealBot.Telemetry;
using Microsoft.Extensions.Logging;

namespace DealBot.Bot;

/// <summary>
/// Reads the gateway's events and starts a handler for each without waiting for it: a slow answer must never delay
/// the next interaction's 3-second deadline. Handler failures are logged; members see one line, never a trace.
/// </summary>
internal sealed class BotEventDispatcher(
    IDiscordGatewayClient gateway,
    CommandRegistrar registrar,
    GuildBotRoles roles,
    MessageQuestionHandler messages,
    InteractionRouter interactions,
    InFlightWork inFlight,
    ILogger<BotEventDispatcher> logger) : IDisposable
{
    private readonly CancellationTokenSource _abort = new();

    public async Task RunAsync(CancellationToken stopping)
    {
        await foreach (var gatewayEvent in gateway.Events.ReadAllAsync(stopping).ConfigureAwait(false))
        {
            switch (gatewayEvent)
            {
                case ReadyEvent ready:
                    Start("READY", ready.Ready.User.Id, ct => registrar.RegisterAsync(ready.Ready.Application.Id, ready.Ready.User.Id, ct));
                    break;
                case GuildCreateEvent created:
                    roles.Learn(created.Guild, gateway.BotUserId ?? 0);
                    break;
                case GuildDeleteEvent deleted when !deleted.Guild.Unavailable:
                    roles.Forget(deleted.Guild.Id);
                    break;
                case MessageCreateEvent created:
                    Start("MESSAGE_CREATE", created.Message.Id, ct => messages.HandleAsync(created.Message, ct));
                    break;
                case InteractionCreateEvent created:
                    Start("INTERACTION_CREATE", created.Interaction.Id, ct => interactions.HandleAsync(created.Interaction, ct));
                    break;
            }
        }
    }

    /// <summary>Cancels the handlers still running: the shutdown's grace period is over.</summary>
    public Task AbortAsync() => _abort.CancelAsync();

    public void Dispose() => _abort.Dispose();

    // Handlers run on their own token, not the reading loop's, so that a shutdown drains them rather than cutting
    // answers off; AbortAsync ends them when the grace period is over.
    private void Start(string eventName, ulong id, Func<CancellationToken, Task> handler) =>
        inFlight.Track(Task.Run(async () =>
        {
            // One span per event handled; an answer's spans (and its REST calls) nest beneath it.
            using var activity = BotActivities.Source.StartActivity("gateway " + eventName, ActivityKind.Consumer);
            activity?.SetTag("discord.event", eventName);
            try
            {
                await handler(_abort.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_abort.IsCancellationRequested)
            {
            }
            catch (DiscordRestException ex) when (ex.DiscordCode is 10062 or 40060)
            {
                // Unknown or already acknowledged interaction: too late, or answered elsewhere; nothing left to tell.
                BotLog.InteractionLost(logger, id, ex.Message);
            }
#pragma warning disable CA1031 // One failed event must not stop the bot; the detail goes to the log.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
                BotLog.HandlerFailed(logger, ex, eventName, id);
            }
        }));
}
