using System.Net;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Rest;

/// <summary>
/// Remembers that Discord answered 401 to the bot token, after which no bot-authenticated request is sent again:
/// every 401 counts towards the invalid-request limit that gets the address banned by Cloudflare (Rate Limits,
/// "Invalid Request Limit": stop further requests after a token becomes invalid). Interaction routes are
/// authenticated by their own token and are not affected.
/// </summary>
internal sealed class BotTokenGuard(ILogger logger)
{
    private int _rejected;

    /// <summary>Throws for a bot-authenticated route once the token was rejected.</summary>
    public void ThrowIfRejected(RestRoute route)
    {
        if (!route.IsInteraction && Volatile.Read(ref _rejected) == 1)
        {
            throw new DiscordRestException(HttpStatusCode.Unauthorized, null, $"{route.Method.Method} {route.Template}", null);
        }
    }

    /// <summary>Records the answer to a bot-authenticated route; the first 401 is logged with what to do.</summary>
    public void Observe(RestRoute route, HttpStatusCode status)
    {
        if (!route.IsInteraction && status == HttpStatusCode.Unauthorized && Interlocked.Exchange(ref _rejected, 1) == 0)
        {
            RestLog.TokenRejected(logger, route.Method.Method, route.Template);
        }
    }
}
