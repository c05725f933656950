using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DealBot.Discord.Testing;

/// <summary>The default answers of the fake API: gateway lookup, identity, messages, typing and commands.</summary>
public sealed partial class FakeRestApi
{
    private readonly Dictionary<string, object> _messagesByNonce = [];
    private readonly List<CreatedMessage> _created = [];
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

    /// <summary>Messages actually created (a retried send with the same enforced nonce is not a new one).</summary>
    public IReadOnlyList<CreatedMessage> CreatedMessages
    {
        get { lock (_messagesByNonce) { return [.. _created]; } }
    }

    /// <summary>Requests the fake refused the way Discord would (400 Invalid Form Body), with the reason.</summary>
    public IReadOnlyList<(RecordedRequest Request, string Reason)> RefusedBodies
    {
        get { lock (_refused) { return [.. _refused]; } }
    }

    private readonly List<(RecordedRequest Request, string Reason)> _refused = [];

    private void MapRoutes(WebApplication app, Func<Uri> gatewayUrl)
    {
        app.MapGet("/api/v10/gateway/bot", (HttpContext context) => GatewayBotStatus is { } status
            ? Results.Json(new { code = 0, message = "401: Unauthorized" }, statusCode: status)
            : Results.Json(new
            {
                url = gatewayUrl().ToString().TrimEnd('/'),
                shards = 1,
                session_start_limit = new { total = 1000, remaining = SessionStartsRemaining, reset_after = SessionStartsResetAfterMs, max_concurrency = 1 },
            }));
        app.MapGet("/api/v10/users/@me", () => Results.Json(new { id = "1001", username = "dealbot", bot = true }));
        app.MapGet("/api/v10/applications/@me", () => Results.Json(new { id = "2002", name = "DealBot", flags = 0 }));
        app.MapPost("/api/v10/channels/{channelId}/messages", (HttpContext context, ulong channelId) => CreateMessage(context, channelId));
        app.MapPatch("/api/v10/channels/{channelId}/messages/{messageId}", (ulong channelId, ulong messageId, HttpContext context)
            => Checked(context, isNewMessage: false) ?? Results.Json(Message(messageId, channelId, Recorded(context).Json)));
        app.MapPost("/api/v10/channels/{channelId}/typing", () => Results.NoContent());
        app.MapPut("/api/v10/applications/{applicationId}/commands", (HttpContext context, string applicationId)
            => Commands(context, applicationId, null));
        app.MapPut("/api/v10/applications/{applicationId}/guilds/{guildId}/commands", (HttpContext context, string applicationId, string guildId)
            => Commands(context, applicationId, guildId));
        MapInteractionRoutes(app);
    }

    private static RecordedRequest Recorded(HttpContext context) => (RecordedRequest)context.Items[typeof(RecordedRequest)]!;

    /// <summary>A 400 as Discord sends it when the body breaks a rule, or null when the body is fine.</summary>
    private IResult? Checked(HttpContext context, bool isNewMessage)
        => Refuse(Recorded(context), MessageBodyRules.Check(Recorded(context).Json, isNewMessage));

    private IResult? Refuse(RecordedRequest request, string? reason)
    {
        if (reason is null)
        {
            return null;
        }

        lock (_refused)
        {
            _refused.Add((request, reason));
        }

        var code = reason.StartsWith("Cannot send an empty message", StringComparison.Ordinal) ? 50006 : 50035;
        return Results.Json(new { code, message = code == 50006 ? reason : "Invalid Form Body", errors = new { _errors = new[] { new { code = "BASE_TYPE_INVALID", message = reason } } } }, statusCode: 400);
    }

    private IResult CreateMessage(HttpContext context, ulong channelId)
    {
        if (Checked(context, isNewMessage: true) is { } refusal)
        {
            return refusal;
        }

        var request = Recorded(context);
        var body = request.Json;
        var nonce = body.TryGetProperty("nonce", out var n) ? n.ToString() : null;
        var enforce = body.TryGetProperty("enforce_nonce", out var e) && e.ValueKind == JsonValueKind.True;
        lock (_messagesByNonce)
        {
            // Discord's behaviour with enforce_nonce: the same nonce again returns the message already created.
            if (enforce && nonce is not null && _messagesByNonce.TryGetValue($"{channelId}/{nonce}", out var existing))
            {
                return Results.Json(existing);
            }

            var id = _ids.Next();
            var message = Message(id, channelId, body);
            if (enforce && nonce is not null)
            {
                _messagesByNonce[$"{channelId}/{nonce}"] = message;
            }

            _created.Add(new CreatedMessage(id, channelId, request));
            if (Interlocked.Decrement(ref _dropResponsesAfterCreate) >= 0)
            {
                return Results.Text("<html><body>502 Bad Gateway</body></html>", "text/html", statusCode: 502);
            }

            Interlocked.Exchange(ref _dropResponsesAfterCreate, 0);
            return Results.Json(message);
        }
    }

    private IResult Commands(HttpContext context, string applicationId, string? guildId)
    {
        var request = Recorded(context);
        if (Refuse(request, CommandRules.Check(request.Json)) is { } refusal)
        {
            return refusal;
        }

        var commands = request.Json.EnumerateArray().Select((c, i) => new
        {
            id = (7000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            application_id = applicationId,
            guild_id = guildId,
            name = c.GetProperty("name").GetString(),
            type = c.TryGetProperty("type", out var t) ? t.GetInt32() : 1,
        });
        return Results.Json(commands);
    }

    /// <summary>The message object Discord returns for a created or edited message.</summary>
    private static object Message(ulong id, ulong channelId, JsonElement body) => new
    {
        id = FakeJson.Id(id),
        channel_id = FakeJson.Id(channelId),
        content = body.TryGetProperty("content", out var c) ? c.GetString() : "",
        type = body.TryGetProperty("message_reference", out _) ? FakeMessage.ReplyType : FakeMessage.DefaultType,
        author = new { id = "1001", username = "dealbot", bot = true },
        mentions = Array.Empty<object>(),
        mention_roles = Array.Empty<string>(),
        mention_everyone = false,
        attachments = Array.Empty<object>(),
        embeds = body.TryGetProperty("embeds", out var embeds) ? embeds.Clone() : default(JsonElement?),
        nonce = body.TryGetProperty("nonce", out var n) ? n.GetString() : null,
    };
}
