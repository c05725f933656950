using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Rest;

/// <summary>Log messages of the HTTP side (EventIds 4100–4199). Routes are logged as templates, never as paths.</summary>
internal static partial class RestLog
{
    [LoggerMessage(4100, LogLevel.Debug, "Discord HTTP {Method} {Route} answered {Status}")]
    public static partial void Response(ILogger logger, string method, string route, int status);

    [LoggerMessage(4101, LogLevel.Warning, "Discord rate limit on {Method} {Route} (scope {Scope}); retrying in {RetryAfter}")]
    public static partial void RouteRateLimited(ILogger logger, string method, string route, string scope, TimeSpan retryAfter);

    [LoggerMessage(4102, LogLevel.Warning, "Discord global rate limit hit on {Method} {Route}; pausing every bot request (interactions go on) for {RetryAfter}")]
    public static partial void GlobalRateLimited(ILogger logger, string method, string route, TimeSpan retryAfter);

    [LoggerMessage(4103, LogLevel.Warning, "Cloudflare refused {Method} {Route} with an HTML 429 (too many invalid requests from this IP?); pausing every request for {RetryAfter}")]
    public static partial void CloudflareBlocked(ILogger logger, string method, string route, TimeSpan retryAfter);

    [LoggerMessage(4104, LogLevel.Warning, "Discord HTTP {Method} {Route} failed transiently ({Reason}); retry {Attempt} in {Delay}")]
    public static partial void TransientFailure(ILogger logger, string method, string route, string reason, int attempt, TimeSpan delay);

    [LoggerMessage(4106, LogLevel.Critical, "Discord answered 401 to {Method} {Route}: the bot token is invalid (reset on the Developer Portal?). No further requests are sent with it; update Discord:Token and restart")]
    public static partial void TokenRejected(ILogger logger, string method, string route);

    [LoggerMessage(4105, LogLevel.Warning, "Attachment download stopped: larger than {Limit} bytes")]
    public static partial void AttachmentTooLarge(ILogger logger, long limit);

    [LoggerMessage(4107, LogLevel.Warning, "Attachment download from {Host} refused: {Reason}")]
    public static partial void AttachmentRefused(ILogger logger, string host, string reason);

    [LoggerMessage(4108, LogLevel.Warning, "Attachment download from {Host} failed: {Error}")]
    public static partial void AttachmentDownloadFailed(ILogger logger, string host, string error);
}
