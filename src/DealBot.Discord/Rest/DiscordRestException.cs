using System.Net;

namespace DealBot.Discord.Rest;

/// <summary>
/// The HTTP API refused a request. <see cref="DiscordCode"/> tells why, for instance 10062 (unknown interaction:
/// answered too late), 40060 (already acknowledged), 50013 (missing permissions), 50035 (invalid body).
/// </summary>
public sealed class DiscordRestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DiscordRestException(HttpStatusCode statusCode, int? discordCode, string routeTemplate, string? discordMessage)
        : base($"Discord answered {(int)statusCode} to {routeTemplate}" + (discordCode is null ? "." : $": {discordCode} {discordMessage}"))
    {
        StatusCode = statusCode;
        DiscordCode = discordCode;
        RouteTemplate = routeTemplate;
    }

    /// <summary>Creates an exception without details.</summary>
    public DiscordRestException()
        : this(HttpStatusCode.InternalServerError, null, string.Empty, null)
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public DiscordRestException(string message)
        : base(message)
    {
        RouteTemplate = string.Empty;
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
        RouteTemplate = string.Empty;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Discord's JSON error code, if the body had one.</summary>
    public int? DiscordCode { get; }

    /// <summary>The route template (never the concrete path, which can hold a token).</summary>
    public string RouteTemplate { get; }
}
