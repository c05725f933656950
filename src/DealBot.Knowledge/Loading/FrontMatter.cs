using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace DealBot.Knowledge.Loading;

/// <summary>Splits YAML front matter (between two "---" lines at the top of a file) from the body.</summary>
internal static class FrontMatter
{
    public static (IReadOnlyDictionary<string, string> Fields, string Body) Split(string content)
    {
        var text = content.TrimStart('\ufeff');
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return (new Dictionary<string, string>(), text);
        }

        var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
        if (firstBreak < 0 || text[..firstBreak].Trim() != "---")
        {
            return (new Dictionary<string, string>(), text);
        }

        var close = FindClosingFence(text, firstBreak + 1);
        if (close < 0)
        {
            throw new DocumentLoadException("the front matter opened with '---' is never closed");
        }

        var yaml = text[(firstBreak + 1)..close];
        var bodyStart = text.IndexOf('\n', close);
        var body = bodyStart < 0 ? string.Empty : text[(bodyStart + 1)..];
        return (Parse(yaml), body);
    }

    private static int FindClosingFence(string text, int from)
    {
        var position = from;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text[position..] : text[position..end];
            if (line.TrimEnd() is "---" or "...")
            {
                return position;
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
        }

        return -1;
    }

    private static Dictionary<string, string> Parse(string yaml)
    {
        try
        {
            var raw = new DeserializerBuilder().WithDuplicateKeyChecking().Build().Deserialize<Dictionary<string, object?>>(yaml)
                ?? [];

            // Keys are read case-insensitively ("Title" is "title"), so two spellings of one key are ambiguous: which wins?
            var twice = raw.Keys.GroupBy(k => k.Trim().ToLowerInvariant(), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
            {
                throw new DocumentLoadException($"the front matter gives '{twice.Key}' more than once ({string.Join(", ", twice.Select(k => $"'{k}'"))}); keep one");
            }

            return raw.Where(kv => kv.Value is not null and not IDictionary<object, object> and not IList<object>)
                .ToDictionary(
                    kv => kv.Key.Trim().ToLowerInvariant(),
                    kv => Convert.ToString(kv.Value, CultureInfo.InvariantCulture)!.Trim(),
                    StringComparer.Ordinal);
        }
        catch (YamlException ex)
        {
            throw new DocumentLoadException($"the front matter is not valid YAML (line {ex.Start.Line}): {ex.Message}", ex);
        }
    }

    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "M/d/yyyy HH:mm:ss", "M/d/yyyy h:mm:ss tt"];
        if (DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            return DateOnly.FromDateTime(exact);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? DateOnly.FromDateTime(parsed.UtcDateTime)
            : throw new DocumentLoadException($"'published' is not a date: '{value}' (use YYYY-MM-DD)");
    }

    /// <summary>A loaded document from front matter fields (and their common aliases), a title and a plain body.</summary>
    public static LoadedDocument ToDocument(IReadOnlyDictionary<string, string> fields, string? title, string body) =>
        new(
            fields.GetValueOrDefault("id"),
            title,
            fields.GetValueOrDefault("language") ?? fields.GetValueOrDefault("lang"),
            ParseDate(fields.GetValueOrDefault("published") ?? fields.GetValueOrDefault("date")),
            fields.GetValueOrDefault("source") ?? fields.GetValueOrDefault("url"),
            body);
}
