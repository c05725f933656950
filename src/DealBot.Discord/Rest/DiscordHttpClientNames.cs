namespace DealBot.Discord.Rest;

/// <summary>Names of the <see cref="System.Net.Http.IHttpClientFactory"/> clients the transport uses.</summary>
public static class DiscordHttpClientNames
{
    /// <summary>The HTTP API (bot-authenticated, rate-limited).</summary>
    public const string Api = "Discord.Api";

    /// <summary>The CDN, for attachment downloads: no bot token is ever sent there.</summary>
    public const string Cdn = "Discord.Cdn";
}
