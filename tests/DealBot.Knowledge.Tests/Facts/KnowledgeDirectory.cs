using DealBot.Testing;

namespace DealBot.Knowledge.Tests.Facts;

/// <summary>The repository's real knowledge/ directory and a minimal reading of its articles' front matter.</summary>
internal static class KnowledgeDirectory
{
    public static string Path => RepositoryPaths.KnowledgeDirectory;

    public static IReadOnlyList<Article> Articles() =>
        [.. Directory.EnumerateFiles(Path, "*.md")
            .Where(f => !string.Equals(System.IO.Path.GetFileName(f), "README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => Article.Parse(System.IO.Path.GetFileName(f), File.ReadAllText(f)))];

}

/// <summary>An article: its front matter fields (flat "key: value" lines) and its body.</summary>
internal sealed record Article(string FileName, IReadOnlyDictionary<string, string> Fields, string Body)
{
    public string? Field(string key) => Fields.TryGetValue(key, out var value) ? value : null;

    public static Article Parse(string fileName, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return new Article(fileName, new Dictionary<string, string>(), text);
        }

        var close = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (close < 0)
        {
            return new Article(fileName, new Dictionary<string, string>(), text);
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines[1..close])
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var value = line[(colon + 1)..];
            var comment = value.IndexOf(" #", StringComparison.Ordinal);
            if (comment >= 0 && !value.TrimStart().StartsWith('"'))
            {
                value = value[..comment];
            }

            fields[line[..colon].Trim()] = value.Trim().Trim('"');
        }

        return new Article(fileName, fields, string.Join('\n', lines[(close + 1)..]));
    }
}
