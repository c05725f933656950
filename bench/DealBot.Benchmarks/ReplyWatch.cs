using System.Text.Json;
using DealBot.Discord.Testing;

namespace DealBot.Benchmarks;

/// <summary>
/// Tells the load driver when a question got its reply, from the fake's stream of answered requests rather than by
/// polling its (growing) request log: a created message replying to a message, or the callback or <c>@original</c>
/// edit that carries an <c>/ask</c>'s answer. A reply seen before anyone waits for it is kept for the waiter.
/// </summary>
internal sealed class ReplyWatch
{
    private readonly Dictionary<string, TaskCompletionSource<RecordedRequest>> _waiting = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public ReplyWatch(FakeRestApi rest) => rest.Observe(Seen);

    public static string MessageKey(ulong messageId) => "message:" + messageId;

    public static string InteractionKey(string token) => "interaction:" + token;

    /// <summary>Completes with the request that carried the reply, or with null after <paramref name="patience"/>.</summary>
    public async Task<RecordedRequest?> WaitAsync(string key, TimeSpan patience)
    {
        var reply = Entry(key).Task;
        try
        {
            return await reply.WaitAsync(patience);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            lock (_lock)
            {
                _waiting.Remove(key);
            }
        }
    }

    private TaskCompletionSource<RecordedRequest> Entry(string key)
    {
        lock (_lock)
        {
            if (!_waiting.TryGetValue(key, out var entry))
            {
                entry = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting[key] = entry;
            }

            return entry;
        }
    }

    private void Seen(RestExchange exchange)
    {
        if (!exchange.Succeeded || KeyOf(exchange.Request) is not { } key)
        {
            return;
        }

        Entry(key).TrySetResult(exchange.Request);
    }

    private static string? KeyOf(RecordedRequest request)
    {
        var path = request.Path.Split('/');
        switch (request.Method, path)
        {
            case ("POST", ["", "channels", _, "messages"]):
                var body = request.Json;
                return body.TryGetProperty("message_reference", out var reference) && reference.TryGetProperty("message_id", out var id)
                    ? MessageKey(ulong.Parse(id.GetString()!, System.Globalization.CultureInfo.InvariantCulture))
                    : null;
            case ("POST", ["", "interactions", _, var token, "callback"]):
                return request.Json.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number && type.GetInt32() == 4
                    ? InteractionKey(token)
                    : null;
            case ("PATCH", ["", "webhooks", _, var token, "messages", "@original"]):
                return InteractionKey(token);
            default:
                return null;
        }
    }
}
