namespace DealBot.Discord.Rest;

/// <summary>
/// The address of an API request with its route template in place of the concrete path
/// (<c>…/interactions/{interaction_id}/{interaction_token}/callback</c>): interaction routes carry a token in the path,
/// so whatever records a request's address (traces) records this one instead.
/// </summary>
public static class DiscordRouteAddress
{
    private static readonly HttpRequestOptionsKey<string> Key = new("DealBot.Discord.RouteAddress");

    /// <summary>The templated address of <paramref name="request"/>, or null when the transport did not send it.</summary>
    /// <param name="request">A request sent through the <see cref="DiscordHttpClientNames.Api"/> client.</param>
    /// <returns>The base URL followed by the route template.</returns>
    public static string? Of(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(Key, out var address) ? address : null;
    }

    internal static void Set(HttpRequestMessage request, string address) => request.Options.Set(Key, address);
}
