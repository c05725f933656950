using System.Net;
using DealBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Gateway;

/// <summary>
/// Looks up the gateway address with <c>GET /gateway/bot</c> and caches it; Discord asks bots to look it up
/// again only when connecting fails. A 401 means the token is wrong, which no retry will fix.
/// </summary>
internal sealed class GatewayAddressResolver(IDiscordRestClient rest, SecretRedactor redactor, TimeProvider time, ILogger logger)
{
    private Uri? _cached;

    /// <summary>Forgets the cached address, so the next call looks it up again.</summary>
    public void Forget() => _cached = null;

    /// <summary>Returns the address to connect to, or the outcome that stands in for a connection.</summary>
    public async Task<(Uri? Url, ConnectionOutcome? Failure)> ResolveAsync(CancellationToken cancellationToken)
    {
        if (_cached is not null)
        {
            return (_cached, null);
        }

        try
        {
            var info = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            if (!GatewayUrls.TryForConnect(info.Url, out var url))
            {
                GatewayLog.GatewayLookupFailed(logger, "the answer held no WebSocket address");
                return (null, new ConnectionOutcome(ReconnectAction.Identify, "no gateway address") { ConnectFailed = true });
            }

            // Every Identify spends one of the day's session starts; with none left Discord refuses the Identify and
            // resets the token once too often. Waiting for the budget is the documented way.
            if (info.SessionStartLimit is { Remaining: <= 0, ResetAfter: > 0 } limit)
            {
                var wait = TimeSpan.FromMilliseconds(limit.ResetAfter);
                GatewayLog.SessionBudgetSpent(logger, wait);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            _cached = url;
            return (url, null);
        }
        catch (DiscordRestException ex) when (ex.StatusCode == HttpStatusCode.Unauthorized)
        {
            return (null, new ConnectionOutcome(ReconnectAction.Fatal, "GET /gateway/bot answered 401. " + CloseCodeClassifier.InvalidTokenHint));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (null, new ConnectionOutcome(ReconnectAction.Stopped, "shutdown"));
        }
#pragma warning disable CA1031 // Network trouble or a Discord outage: back off and look again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            GatewayLog.GatewayLookupFailed(logger, redactor.Redact(ex.Message));
            return (null, new ConnectionOutcome(ReconnectAction.Identify, "gateway address lookup failed") { ConnectFailed = true });
        }
    }
}
