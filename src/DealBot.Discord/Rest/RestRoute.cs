namespace DealBot.Discord.Rest;

/// <summary>
/// One HTTP API call: method, route template (what rate-limit buckets are learnt for), the concrete path, and
/// the top-level resource (channel, guild, or webhook id + token) that splits a bucket per resource.
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Template">The route template, such as <c>/channels/{channel_id}/messages</c>; safe to log.</param>
/// <param name="Path">The concrete path. May hold an interaction token: never log it.</param>
/// <param name="TopLevelResource">The top-level resource key; may hold a token: never log it.</param>
/// <param name="IsInteraction">
/// Interaction callbacks and interaction webhooks: exempt from the global 50/s limit, authenticated by the
/// token in the path rather than the bot token.
/// </param>
/// <param name="IsIdempotent">Whether a retry after a 5xx or a network error cannot duplicate an effect.</param>
internal sealed record RestRoute(
    HttpMethod Method,
    string Template,
    string Path,
    string TopLevelResource,
    bool IsInteraction,
    bool IsIdempotent)
{
    /// <summary>The key a learnt bucket hash is remembered under (the hash itself excludes the resource).</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    /// <summary>Where requests wait while the bucket hash is still unknown.</summary>
    public string ProvisionalBucketKey => $"{RouteKey}|{TopLevelResource}";

    /// <summary>The key of the shared bucket once its hash is known.</summary>
    public string BucketKey(string hash) => $"{hash}|{TopLevelResource}";
}
