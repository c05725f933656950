using AngleSharp.Dom;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// The page's &lt;meta&gt; values by key: the property, name, itemprop or http-equiv attribute, lower case; the
/// first value given for a key wins. Read in one pass over the meta elements.
/// </summary>
internal sealed class MetaTags
{
    private static readonly string[] KeyAttributes = ["property", "name", "itemprop", "http-equiv"];

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private MetaTags()
    {
    }

    public static MetaTags Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tags = new MetaTags();
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content))
            {
                continue;
            }

            foreach (var attribute in KeyAttributes)
            {
                var key = meta.GetAttribute(attribute)?.Trim().ToLowerInvariant();
                if (!string.IsNullOrEmpty(key))
                {
                    tags._values.TryAdd(key, content);
                }
            }
        }

        return tags;
    }

    /// <summary>The value of the first of <paramref name="keys"/> the page gives.</summary>
    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }
}
