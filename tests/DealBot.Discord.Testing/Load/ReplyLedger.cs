using System.Diagnostics;
using System.Text.Json;

namespace DealBot.Discord.Testing.Load;

/// <summary>
/// Matches the questions a load driver asked with what the bot sent the fake API: a chat question's reply is a
/// created message whose <c>message_reference</c> names it (a send retried with the same enforced nonce is one
/// message, as on Discord); an <c>/ask</c>'s reply is its callback when that carried the message (type 4), or else the
/// edit of <c>@original</c> that replaces the deferral. Only successful requests count; refused ones are failures.
/// </summary>
public static class ReplyLedger
{
    private const int ImmediateMessage = 4;

    public static ReplyAccount Check(IReadOnlyList<AskedQuestion> asked, IEnumerable<RestExchange> exchanges, TimeSpan acknowledgementDeadline)
    {
        var chatReplies = new Dictionary<ulong, List<long>>();
        var seenNonces = new HashSet<string>(StringComparer.Ordinal);
        var callbacks = new Dictionary<string, List<RestExchange>>(StringComparer.Ordinal);
        var originalEdits = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var failures = new List<RestExchange>();
        var rateLimited = 0;
        foreach (var exchange in exchanges)
        {
            if (exchange.Status == 429)
            {
                rateLimited++;
                continue;
            }

            if (!exchange.Succeeded)
            {
                failures.Add(exchange);
                continue;
            }

            var request = exchange.Request;
            var path = request.Path.Split('/');
            if (request.Method == "POST" && path is ["", "channels", var channel, "messages"] && ReplyTarget(request, channel, seenNonces) is { } target)
            {
                Add(chatReplies, target, request.Timestamp);
            }
            else if (request.Method == "POST" && path is ["", "interactions", _, var token, "callback"])
            {
                Add(callbacks, token, exchange);
            }
            else if (request.Method == "PATCH" && path is ["", "webhooks", _, var editedToken, "messages", "@original"])
            {
                Add(originalEdits, editedToken, request.Timestamp);
            }
        }

        var lost = new List<AskedQuestion>();
        var duplicated = new List<AskedQuestion>();
        var late = new List<AskedQuestion>();
        var acknowledgements = new List<TimeSpan>();
        var replyDelays = new List<TimeSpan>();
        var askedMessages = new HashSet<ulong>();
        foreach (var question in asked)
        {
            IReadOnlyList<long> replies;
            var acknowledgedTwice = false;
            if (question.Via == AskedVia.Slash)
            {
                var token = question.InteractionToken ?? throw new ArgumentException($"question {question.Number} is a slash command without a token", nameof(asked));
                var answered = callbacks.GetValueOrDefault(token) ?? [];
                if (answered.Count > 0)
                {
                    var acknowledged = Stopwatch.GetElapsedTime(question.SentTimestamp, answered[0].Request.Timestamp);
                    acknowledgements.Add(acknowledged);
                    if (acknowledged >= acknowledgementDeadline)
                    {
                        late.Add(question);
                    }
                }

                replies = [.. answered.Where(c => CallbackType(c.Request) == ImmediateMessage).Select(c => c.Request.Timestamp),
                    .. originalEdits.GetValueOrDefault(token) ?? []];
                acknowledgedTwice = answered.Count > 1;
            }
            else
            {
                askedMessages.Add(question.Id);
                replies = chatReplies.GetValueOrDefault(question.Id) ?? [];
            }

            if (replies.Count == 0)
            {
                lost.Add(question);
                continue;
            }

            // Two acknowledgements of one interaction are a duplicate even if only one carried the answer.
            if (replies.Count > 1 || acknowledgedTwice)
            {
                duplicated.Add(question);
            }

            replyDelays.Add(Stopwatch.GetElapsedTime(question.SentTimestamp, replies.Min()));
        }

        var unmatched = chatReplies.Where(r => !askedMessages.Contains(r.Key)).Sum(r => r.Value.Count);
        return new ReplyAccount(asked.Count, lost, duplicated, late, LatencySummary.Of(acknowledgements), LatencySummary.Of(replyDelays), unmatched, failures, rateLimited);
    }

    /// <summary>The message a created message replies to, or null when it replies to nothing or repeats a send already counted.</summary>
    private static ulong? ReplyTarget(RecordedRequest request, string channel, HashSet<string> seenNonces)
    {
        var body = request.Json;
        if (!body.TryGetProperty("message_reference", out var reference) || !reference.TryGetProperty("message_id", out var id))
        {
            return null;
        }

        var enforced = body.TryGetProperty("enforce_nonce", out var enforce) && enforce.ValueKind == JsonValueKind.True;
        if (enforced && body.TryGetProperty("nonce", out var nonce) && !seenNonces.Add(channel + "/" + nonce))
        {
            return null;
        }

        return ulong.Parse(id.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int CallbackType(RecordedRequest request)
        => request.Json.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number ? type.GetInt32() : 0;

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(value);
    }
}
