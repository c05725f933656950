using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DealBot.Discord.Testing;

/// <summary>
/// Interaction responses as Discord answers them (receiving-and-responding.mdx): one callback per interaction
/// (a second gets 40060), within <see cref="CallbackDeadline"/> of the dispatch (later the token is dead: 10062);
/// a deferral may carry no flag but EPHEMERAL; components-only callback types are refused for commands;
/// <c>?with_response=true</c> returns the callback response. For interactions the fake delivered, editing
/// <c>@original</c> or following up before any callback gets 10015 Unknown Webhook.
/// </summary>
public sealed partial class FakeRestApi
{
    private readonly ConcurrentDictionary<string, DispatchedInteraction> _dispatched = new(StringComparer.Ordinal);
    private readonly HashSet<ulong> _answeredInteractions = [];
    private readonly ConcurrentDictionary<string, ulong> _originalMessageIds = new(StringComparer.Ordinal);

    /// <summary>How long after INTERACTION_CREATE a callback is still accepted (3 s on Discord; null: forever).</summary>
    public TimeSpan? CallbackDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The id of the interaction's original response message: fixed when it is first needed and the same on every
    /// edit, as on Discord (members reply to that message).
    /// </summary>
    public ulong OriginalMessageIdOf(string token) => _originalMessageIds.GetOrAdd(token, _ => _ids.Next());

    /// <summary>Remembers an interaction the gateway is about to deliver.</summary>
    internal void Expect(DispatchedInteraction interaction) => _dispatched[interaction.Token] = interaction;

    private void MapInteractionRoutes(WebApplication app)
    {
        app.MapPost("/api/v10/interactions/{id}/{token}/callback", (HttpContext context, ulong id, string token) => Callback(context, id, token));
        app.MapPatch("/api/v10/webhooks/{applicationId}/{token}/messages/@original", (HttpContext context, string token)
            => Webhook(context, token, isNewMessage: false, OriginalMessageIdOf(token)));
        app.MapPost("/api/v10/webhooks/{applicationId}/{token}", (HttpContext context, string token)
            => Webhook(context, token, isNewMessage: true, _ids.Next()));
    }

    private IResult Callback(HttpContext context, ulong interactionId, string token)
    {
        var request = Recorded(context);
        _dispatched.TryGetValue(token, out var dispatched);
        if (dispatched is not null && CallbackDeadline is { } deadline && request.Since(dispatched.Dispatch) > deadline)
        {
            return Results.Json(new { code = 10062, message = "Unknown interaction" }, statusCode: 404);
        }

        var body = request.Json;
        var type = body.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : 0;
        var data = body.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default(JsonElement?);
        if (Refuse(request, CheckCallback(type, data, dispatched)) is { } refusal)
        {
            return refusal;
        }

        lock (_answeredInteractions)
        {
            if (!_answeredInteractions.Add(interactionId))
            {
                return Results.Json(new { code = 40060, message = "Interaction has already been acknowledged." }, statusCode: 400);
            }
        }

        if (context.Request.Query["with_response"] != "true")
        {
            return Results.NoContent();
        }

        var flags = data is { } message && message.TryGetProperty("flags", out var f) ? f.GetInt32() : 0;
        return Results.Json(new
        {
            interaction = new
            {
                id = FakeJson.Id(interactionId),
                type = dispatched?.Type ?? SlashCommand.ApplicationCommandType,
                response_message_id = FakeJson.Id(OriginalMessageIdOf(token)),
                response_message_loading = type == InteractionCallback.Deferred,
                response_message_ephemeral = (flags & InteractionCallback.EphemeralFlag) != 0,
            },
            resource = new { type },
        });
    }

    private static string? CheckCallback(int type, JsonElement? data, DispatchedInteraction? dispatched)
    {
        if (type is < 1 or > 12 or 11)
        {
            return $"unknown interaction callback type {type}";
        }

        var isCommand = (dispatched?.Type ?? SlashCommand.ApplicationCommandType) == SlashCommand.ApplicationCommandType;
        if (isCommand && type is 1 or 6 or 7 or 8)
        {
            return $"callback type {type} is not valid for an application command";
        }

        if (type == InteractionCallback.Deferred && data is { } deferred && deferred.TryGetProperty("flags", out var flags) && (flags.GetInt32() & ~InteractionCallback.EphemeralFlag) != 0)
        {
            return "a deferred response may only carry the EPHEMERAL flag";
        }

        return type == InteractionCallback.ChannelMessage ? MessageBodyRules.Check(data ?? default, isNewMessage: true) : null;
    }

    private IResult Webhook(HttpContext context, string token, bool isNewMessage, ulong messageId)
    {
        var request = Recorded(context);
        if (_dispatched.TryGetValue(token, out var dispatched))
        {
            bool acknowledged;
            lock (_answeredInteractions)
            {
                acknowledged = _answeredInteractions.Contains(dispatched.Id);
            }

            if (!acknowledged)
            {
                return Results.Json(new { code = 10015, message = "Unknown Webhook" }, statusCode: 404);
            }
        }

        return Checked(context, isNewMessage)
            ?? Results.Json(Message(messageId, dispatched?.ChannelId ?? 4004, request.Json));
    }
}
