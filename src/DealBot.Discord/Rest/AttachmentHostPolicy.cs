using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace DealBot.Discord.Rest;

/// <summary>
/// Decides whether an attachment address may be downloaded: only from the hosts of
/// <see cref="DiscordClientOptions.AttachmentHosts"/> (Discord's CDN by default). The address comes from an
/// interaction payload, so without this check the bot could be pointed at any server, internal ones included.
/// </summary>
internal sealed class AttachmentHostPolicy
{
    private readonly IReadOnlyList<Uri> _origins;

    public AttachmentHostPolicy(IOptions<DiscordClientOptions> options)
    {
        IReadOnlyList<string> entries = options.Value.AttachmentHosts.Count > 0 ? [.. options.Value.AttachmentHosts] : DiscordClientOptions.DiscordAttachmentHosts;

        // Entries were validated at start (DiscordClientOptions.Validate); one that cannot be read allows nothing.
        _origins = [.. entries.Select(e => TryParse(e, out var origin) ? origin : null).OfType<Uri>()];
    }

    /// <summary>
    /// Reads a configured entry: a bare host name means https on its default port; an origin
    /// (<c>scheme://host[:port]</c>, http or https, no path, query or user) is taken as it is.
    /// </summary>
    public static bool TryParse(string? entry, [NotNullWhen(true)] out Uri? origin)
    {
        origin = null;
        var text = entry?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return false;
        }

        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = Uri.UriSchemeHttps + "://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0 || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return false;
        }

        origin = uri;
        return true;
    }

    /// <summary>True when <paramref name="url"/> has the scheme, host and port of an allowed origin and no user part.</summary>
    public bool Allows(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.UserInfo.Length > 0)
        {
            return false;
        }

        // Uri lower-cases hosts; a trailing dot or a look-alike host is a different host and is refused.
        return _origins.Any(o => o.Scheme == url.Scheme && o.Port == url.Port
            && string.Equals(o.IdnHost, url.IdnHost, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The host of <paramref name="url"/> for a log line (never the whole signed address).</summary>
    public static string HostOf(Uri url) => url.IsAbsoluteUri ? url.Authority : "(relative address)";
}
