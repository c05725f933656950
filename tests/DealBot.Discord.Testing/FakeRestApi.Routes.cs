using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DealBot.Discord.Testing;

/// <summary>The default answers of the fake API.</summary>
public sealed partial class FakeRestApi
{
    private readonly Dictionary<string, object> _messagesByNonce = [];
    private readonly List<RecordedRequest> _created = [];
    private readonly HashSet<string> _answeredInteractions = [];
    private readonly List<string?> _cdnAuthorization = [];
    private long _nextMessageId = 9000;
    private int _dropResponsesAfterCreate;

    /// <summary>
    /// The next N message creations succeed, but the client gets a 502 page instead of the answer, as if a
    /// proxy lost it. A client that retries without an enforced nonce would post twice.
    /// </summary>
    public int DropResponsesAfterCreate
    {
        get => Volatile.Read(ref _dropResponsesAfterCreate);
        set => Volatile.Write(ref _dropResponsesAfterCreate, value);
    }

    /// <summary>The Authorization header (or null) of every CDN download.</summary>
    public IReadOnlyList<string?> CdnAuthorizationHeaders
    {
        get { lock (_cdnAuthorization) { return [.. _cdnAuthorization]; } }
    }

    private void MapRoutes(WebApplication app, Func<Uri> gatewayUrl)
    {
        app.MapGet("/api/v10/gateway/bot", (HttpContext context) => GatewayBotStatus is { } status
            ? Results.Json(new { code = 0, message = "401: Unauthorized" }, statusCode: status)
            : Results.Json(new
            {
                url = gatewayUrl().ToString().TrimEnd('/'),
                shards = 1,
                session_start_limit = new { total = 1000, remaining = 999, reset_after = 14400000, max_concurrency = 1 },
            }));
        app.MapGet("/api/v10/users/@me", () => Results.Json(new { id = "1001", username = "dealbot", bot = true }));
        app.MapGet("/api/v10/applications/@me", () => Results.Json(new { id = "2002", name = "DealBot", flags = 0 }));
        app.MapPost("/api/v10/channels/{channelId}/messages", (HttpContext context, string channelId) => CreateMessage(context, channelId));
        app.MapPatch("/api/v10/channels/{channelId}/messages/{messageId}", (string channelId, string messageId, HttpContext context)
            => Results.Json(Message(messageId, channelId, Recorded(context).Json)));
        app.MapPost("/api/v10/channels/{channelId}/typing", () => Results.NoContent());
        app.MapPost("/api/v10/interactions/{id}/{token}/callback", (string id) => Callback(id));
        app.MapPatch("/api/v10/webhooks/{applicationId}/{token}/messages/@original", (HttpContext context)
            => Results.Json(Message(NewId(), "4004", Recorded(context).Json)));
        app.MapPost("/api/v10/webhooks/{applicationId}/{token}", (HttpContext context)
            => Results.Json(Message(NewId(), "4004", Recorded(context).Json)));
        app.MapPut("/api/v10/applications/{applicationId}/commands", (HttpContext context, string applicationId)
            => Commands(context, applicationId, null));
        app.MapPut("/api/v10/applications/{applicationId}/guilds/{guildId}/commands", (HttpContext context, string applicationId, string guildId)
            => Commands(context, applicationId, guildId));
        app.MapGet("/cdn/{name}", Cdn);
    }

    private static RecordedRequest Recorded(HttpContext context) => (RecordedRequest)context.Items[typeof(RecordedRequest)]!;

    private IResult CreateMessage(HttpContext context, string channelId)
    {
        var request = Recorded(context);
        var body = request.Json;
        var nonce = body.TryGetProperty("nonce", out var n) ? n.ToString() : null;
        var enforce = body.TryGetProperty("enforce_nonce", out var e) && e.ValueKind == JsonValueKind.True;
        lock (_messagesByNonce)
        {
            // Discord's behaviour with enforce_nonce: the same nonce again returns the message already created.
            if (enforce && nonce is not null && _messagesByNonce.TryGetValue(channelId + "/" + nonce, out var existing))
            {
                return Results.Json(existing);
            }

            var message = Message(NewId(), channelId, body);
            if (enforce && nonce is not null)
            {
                _messagesByNonce[channelId + "/" + nonce] = message;
            }

            _created.Add(request);
            if (Interlocked.Decrement(ref _dropResponsesAfterCreate) >= 0)
            {
                return Results.Text("<html><body>502 Bad Gateway</body></html>", "text/html", statusCode: 502);
            }

            Interlocked.Exchange(ref _dropResponsesAfterCreate, 0);
            return Results.Json(message);
        }
    }

    private IResult Callback(string interactionId)
    {
        lock (_answeredInteractions)
        {
            return _answeredInteractions.Add(interactionId)
                ? Results.NoContent()
                : Results.Json(new { code = 40060, message = "Interaction has already been acknowledged." }, statusCode: 400);
        }
    }

    private static IResult Commands(HttpContext context, string applicationId, string? guildId)
    {
        var commands = Recorded(context).Json.EnumerateArray().Select((c, i) => new
        {
            id = (7000 + i).ToString(),
            application_id = applicationId,
            guild_id = guildId,
            name = c.GetProperty("name").GetString(),
            type = c.TryGetProperty("type", out var t) ? t.GetInt32() : 1,
        });
        return Results.Json(commands);
    }

    private async Task Cdn(HttpContext context, string name)
    {
        lock (_cdnAuthorization)
        {
            _cdnAuthorization.Add(context.Request.Headers.Authorization.FirstOrDefault());
        }

        var size = int.Parse(context.Request.Query["size"].ToString() is { Length: > 0 } s ? s : "1024");
        var chunked = context.Request.Query["chunked"] == "true";
        context.Response.ContentType = "text/plain";
        if (!chunked)
        {
            context.Response.ContentLength = size;
        }

        var chunk = new byte[4096];
        Array.Fill(chunk, (byte)'a');
        for (var sent = 0; sent < size; sent += chunk.Length)
        {
            await context.Response.Body.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, size - sent)));
            await context.Response.Body.FlushAsync();
        }
    }

    private string NewId() => Interlocked.Increment(ref _nextMessageId).ToString();

    private static object Message(string id, string channelId, JsonElement body) => new
    {
        id,
        channel_id = channelId,
        content = body.TryGetProperty("content", out var c) ? c.GetString() : "",
        type = 0,
        author = new { id = "1001", username = "dealbot", bot = true },
        mentions = Array.Empty<object>(),
        mention_roles = Array.Empty<string>(),
        mention_everyone = false,
        attachments = Array.Empty<object>(),
        nonce = body.TryGetProperty("nonce", out var n) ? n.GetString() : null,
    };
}
