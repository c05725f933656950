using System.Text.Json;
using AngleSharp.Dom;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// The headline and dates the page's JSON-LD gives for its article: the first object typed as a news article, article,
/// blog posting or report, wherever it sits (top level, an array, an @graph, nested); failing that, the first object
/// of any type that has a datePublished. Scripts that are not valid JSON are skipped.
/// </summary>
/// <param name="Headline">The headline (or name) of the article object.</param>
/// <param name="Published">datePublished (or dateCreated) as written.</param>
/// <param name="Modified">dateModified as written.</param>
internal sealed record JsonLdArticle(string? Headline, string? Published, string? Modified)
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdArticle? Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        JsonLdArticle? anyDated = null;
        foreach (var script in document.GetElementsByTagName("script"))
        {
            if (script.GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) != true)
            {
                continue;
            }

            var (article, dated) = Search(script.TextContent);
            if (article is not null)
            {
                return article;
            }

            anyDated ??= dated;
        }

        return anyDated;
    }

    private static (JsonLdArticle? Article, JsonLdArticle? Dated) Search(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json.Trim(), Options);
            JsonLdArticle? dated = null;
            var pending = new Stack<JsonElement>();
            pending.Push(parsed.RootElement);
            while (pending.TryPop(out var element))
            {
                if (element.ValueKind == JsonValueKind.Array)
                {
                    PushAll(pending, element.EnumerateArray());
                    continue;
                }

                if (element.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var found = From(element);
                if (IsArticle(element))
                {
                    return (found, dated);
                }

                dated ??= found.Published is null ? null : found;
                PushAll(pending, element.EnumerateObject().Select(p => p.Value));
            }

            return (null, dated);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    // Pushed in reverse, so objects are visited in the order the page lists them.
    private static void PushAll(Stack<JsonElement> pending, IEnumerable<JsonElement> children)
    {
        foreach (var child in children.Where(c => c.ValueKind is JsonValueKind.Object or JsonValueKind.Array).Reverse())
        {
            pending.Push(child);
        }
    }

    private static JsonLdArticle From(JsonElement element) =>
        new(Text(element, "headline") ?? Text(element, "name"), Text(element, "datePublished") ?? Text(element, "dateCreated"), Text(element, "dateModified"));

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => IsArticleType(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString())),
            _ => false,
        };
    }

    /// <summary>NewsArticle, Article, ReportageNews, BlogPosting…, also as "schema:NewsArticle" or a schema.org URL.</summary>
    private static bool IsArticleType(string? type)
    {
        var name = type?[(type.LastIndexOfAny(['/', ':', '#']) + 1)..] ?? string.Empty;
        return name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "LiveBlogPosting" or "ReportageNews" or "Report";
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
