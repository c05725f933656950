using System.Diagnostics;
using DealBot.Discord.Rest;

namespace DealBot.Telemetry;

/// <summary>
/// What the HttpClient spans record of a Discord API call: the address with its route template as <c>url.full</c>,
/// never the concrete path, which holds the interaction token on interaction routes.
/// </summary>
internal static class HttpClientSpans
{
    public static void Enrich(Activity activity, HttpRequestMessage request)
    {
        if (DiscordRouteAddress.Of(request) is { } address)
        {
            activity.SetTag("url.full", address);
        }
    }
}
