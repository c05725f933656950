using System.Diagnostics.CodeAnalysis;

namespace DealBot.Discord.Gateway;

/// <summary>Builds connect addresses: the gateway (or resume) address plus <c>/?v=10&amp;encoding=json</c>.</summary>
internal static class GatewayUrls
{
    public static bool TryForConnect(string? baseUrl, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        if (!Uri.TryCreate(baseUrl?.Trim(), UriKind.Absolute, out var parsed)
            || (parsed.Scheme != "wss" && parsed.Scheme != "ws"))
        {
            return false;
        }

        var builder = new UriBuilder(parsed) { Query = "v=10&encoding=json" };
        if (!builder.Path.EndsWith('/'))
        {
            builder.Path += "/";
        }

        uri = builder.Uri;
        return true;
    }
}
