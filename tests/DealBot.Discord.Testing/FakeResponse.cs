using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace DealBot.Discord.Testing;

/// <summary>A scripted answer of the fake API.</summary>
public sealed record FakeResponse(int Status, string? Body, string ContentType, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>A route 429 as Discord sends it: JSON body with <c>retry_after</c> (written verbatim), plus headers.</summary>
    public static FakeResponse RateLimited(string retryAfter, bool global = false, string bucket = "fake-bucket", string scope = "user")
    {
        var headers = new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(double.Parse(retryAfter, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = global ? "global" : scope,
        };
        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
        }
        else
        {
            headers["X-RateLimit-Limit"] = "5";
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = retryAfter;
            headers["X-RateLimit-Bucket"] = bucket;
        }

        var body = $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter}},"global":{{(global ? "true" : "false")}}}""";
        return new FakeResponse(429, body, "application/json", headers);
    }

    /// <summary>Cloudflare's ban page: HTML, no X-RateLimit headers, only Retry-After.</summary>
    public static FakeResponse CloudflareBan(int retryAfterSeconds) => new(
        429,
        "<!DOCTYPE html><html><head><title>Access denied | discord.com used Cloudflare to restrict access</title></head><body>Error 1015</body></html>",
        "text/html; charset=UTF-8",
        new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) });

    public static FakeResponse Error(int status, int code, string message) => new(
        status, $$"""{"code":{{code}},"message":"{{message}}"}""", "application/json", new Dictionary<string, string>());

    /// <summary>Lets the fake's normal handler answer, but with these headers (for example X-RateLimit-*).</summary>
    public static FakeResponse PassThroughWithHeaders(IReadOnlyDictionary<string, string> headers) => new(0, null, "", headers);

    internal bool IsPassThrough => Status == 0;

    internal async Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = Status;
        foreach (var (name, value) in Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (Body is not null)
        {
            context.Response.ContentType = ContentType;
            await context.Response.WriteAsync(Body);
        }
    }
}
