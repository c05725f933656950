using System.ComponentModel.DataAnnotations;

namespace DealBot.Discord;

/// <summary>
/// Settings of the Discord transport, bound from the <c>Discord</c> configuration section.
/// </summary>
public sealed class DiscordClientOptions : IValidatableObject
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Discord";

    /// <summary>The default REST base address (HTTP API v10).</summary>
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token from the Developer Portal, without the <c>Bot </c> prefix. Never logged.</summary>
    [Required(ErrorMessage = "Discord:Token is required: the bot token from the Developer Portal (or set DISCORD_TOKEN)")]
    public string Token { get; set; } = string.Empty;

    /// <summary>The token without surrounding whitespace or a leading <c>Bot </c> (the transport adds that itself).</summary>
    public static string NormalizeToken(string? token)
    {
        var trimmed = (token ?? string.Empty).Trim();
        var prefixed = trimmed.StartsWith("Bot", StringComparison.OrdinalIgnoreCase) && (trimmed.Length == 3 || char.IsWhiteSpace(trimmed[3]));
        return prefixed ? trimmed[3..].TrimStart() : trimmed;
    }

    /// <summary>
    /// Base address of the HTTP API. The gateway address is read from <c>GET {ApiBaseUrl}/gateway/bot</c>,
    /// so pointing this at a fake server redirects the whole transport.
    /// </summary>
    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>
    /// Whether to ask for the privileged MESSAGE_CONTENT intent. It must be enabled on the Bot page of the
    /// Developer Portal, otherwise the gateway closes with 4014. Slash commands work without it.
    /// </summary>
    public bool MessageContentIntent { get; set; } = true;

    /// <summary>The shard this process runs (0-based).</summary>
    [Range(0, 65535)]
    public int ShardId { get; set; }

    /// <summary>The total number of shards.</summary>
    [Range(1, 65536)]
    public int ShardCount { get; set; } = 1;

    /// <summary>
    /// The address named in the <c>User-Agent: DiscordBot (url, version)</c> header Discord asks every bot to send;
    /// set it to the bot's home page. Cloudflare may block requests without a well-formed agent.
    /// </summary>
    [Required]
    [Url]
    public string UserAgentUrl { get; set; } = "https://localhost";

    /// <summary>
    /// Where attachments may be downloaded from: a host name (https on the default port only, e.g.
    /// <c>cdn.discordapp.com</c>) or an origin (<c>scheme://host[:port]</c>, e.g. a local fake CDN in tests). Empty
    /// means <see cref="DiscordAttachmentHosts"/>. A configured list replaces the default, it does not extend it.
    /// </summary>
    public IList<string> AttachmentHosts { get; } = [];

    /// <summary>Discord's own attachment hosts, the default of <see cref="AttachmentHosts"/>.</summary>
    public static IReadOnlyList<string> DiscordAttachmentHosts { get; } = ["cdn.discordapp.com", "media.discordapp.net"];

    /// <summary>The longest an attachment download may take, headers and body together.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AttachmentTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Gateway events waiting for the bot's handlers. When the queue is full, the oldest waiting MESSAGE_CREATE is
    /// dropped to make room; other events are never dropped (see <see cref="Gateway.IDiscordGatewayClient.Events"/>).
    /// </summary>
    [Range(1, 1_000_000)]
    public int EventQueueCapacity { get; set; } = 1000;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ShardId >= ShardCount)
        {
            yield return new ValidationResult(
                $"{nameof(ShardId)} must be lower than {nameof(ShardCount)}.",
                [nameof(ShardId), nameof(ShardCount)]);
        }

        foreach (var entry in AttachmentHosts)
        {
            if (!Rest.AttachmentHostPolicy.TryParse(entry, out _))
            {
                yield return new ValidationResult(
                    $"{nameof(AttachmentHosts)} entry '{entry}' is neither a host name (cdn.discordapp.com) nor an http(s) origin without a path (http://127.0.0.1:5000).",
                    [nameof(AttachmentHosts)]);
            }
        }
    }
}
