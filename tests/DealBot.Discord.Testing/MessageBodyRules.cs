using System.Text.Json;

namespace DealBot.Discord.Testing;

/// <summary>
/// The checks Discord applies to a message body before accepting it (message.mdx: content 2000, at most 10
/// embeds, per-embed field limits, 6000 characters across embeds; allowed_mentions may not both parse a type and
/// list ids of it; a new message may not be empty). A violation is what real Discord answers with a 400, so the
/// fake refuses it too instead of letting the bot believe it was delivered.
/// </summary>
public static class MessageBodyRules
{
    public const int MaxContent = 2000;
    public const int MaxEmbeds = 10;
    public const int MaxEmbedTotal = 6000;

    /// <summary>Why the body would be refused, or null when Discord would accept it.</summary>
    /// <param name="body">The message (or interaction callback <c>data</c>).</param>
    /// <param name="isNewMessage">Creating a message (not editing one): it needs content or an embed.</param>
    public static string? Check(JsonElement body, bool isNewMessage)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return "the body is not a JSON object";
        }

        var content = body.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
        if (content.Length > MaxContent)
        {
            return $"content: must be {MaxContent} or fewer in length (is {content.Length})";
        }

        var embeds = body.TryGetProperty("embeds", out var e) && e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().ToList() : [];
        if (isNewMessage && content.Length == 0 && embeds.Count == 0 && !HasOther(body))
        {
            return "Cannot send an empty message";
        }

        return CheckEmbeds(embeds) ?? CheckAllowedMentions(body);
    }

    /// <summary>Parts other than content and embeds that make a message non-empty.</summary>
    private static bool HasOther(JsonElement body)
        => NonEmpty(body, "components") || NonEmpty(body, "sticker_ids") || NonEmpty(body, "attachments") || NonEmpty(body, "poll");

    private static bool NonEmpty(JsonElement body, string name) => body.TryGetProperty(name, out var v) && v.ValueKind switch
    {
        JsonValueKind.Array => v.GetArrayLength() > 0,
        JsonValueKind.Object => true,
        _ => false,
    };

    private static string? CheckEmbeds(List<JsonElement> embeds)
    {
        if (embeds.Count > MaxEmbeds)
        {
            return $"embeds: at most {MaxEmbeds} (has {embeds.Count})";
        }

        var total = 0;
        foreach (var embed in embeds)
        {
            var title = Text(embed, "title");
            var description = Text(embed, "description");
            var footer = embed.TryGetProperty("footer", out var f) ? Text(f, "text") : "";
            var author = embed.TryGetProperty("author", out var a) ? Text(a, "name") : "";
            var fields = embed.TryGetProperty("fields", out var fs) && fs.ValueKind == JsonValueKind.Array ? fs.EnumerateArray().ToList() : [];
            var problem = Longer("embed title", title, 256) ?? Longer("embed description", description, 4096)
                ?? Longer("embed footer text", footer, 2048) ?? Longer("embed author name", author, 256)
                ?? (fields.Count > 25 ? $"embed fields: at most 25 (has {fields.Count})" : null);
            if (problem is not null)
            {
                return problem;
            }

            foreach (var field in fields)
            {
                var name = Text(field, "name");
                var value = Text(field, "value");
                problem = Longer("embed field name", name, 256) ?? Longer("embed field value", value, 1024)
                    ?? (name.Length == 0 || value.Length == 0 ? "embed field name and value are required" : null);
                if (problem is not null)
                {
                    return problem;
                }

                total += name.Length + value.Length;
            }

            total += title.Length + description.Length + footer.Length + author.Length;
        }

        return total > MaxEmbedTotal ? $"embeds: {total} characters in total, more than {MaxEmbedTotal}" : null;
    }

    private static string? CheckAllowedMentions(JsonElement body)
    {
        if (!body.TryGetProperty("allowed_mentions", out var mentions) || mentions.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var parse = mentions.TryGetProperty("parse", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(v => v.GetString()).ToList()
            : [];
        foreach (var (type, list) in new[] { ("users", "users"), ("roles", "roles") })
        {
            if (parse.Contains(type) && mentions.TryGetProperty(list, out var ids) && ids.ValueKind == JsonValueKind.Array && ids.GetArrayLength() > 0)
            {
                return $"allowed_mentions: parse:[\"{type}\"] and {list}:[...] are mutually exclusive";
            }
        }

        return parse.FirstOrDefault(v => v is not ("users" or "roles" or "everyone")) is { } unknown
            ? $"allowed_mentions.parse: unknown type {unknown}"
            : null;
    }

    private static string Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    private static string? Longer(string what, string text, int limit)
        => text.Length > limit ? $"{what}: must be {limit} or fewer in length (is {text.Length})" : null;
}
