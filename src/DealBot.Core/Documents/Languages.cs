namespace DealBot.Core.Documents;

/// <summary>The two languages the bot reads and answers in, as they appear in JSON and front matter.</summary>
public static class Languages
{
    public const string English = "en";
    public const string Chinese = "zh";

    /// <summary>Detects the language of a text: Chinese when CJK ideographs make up a real share of its letters.</summary>
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int cjk = 0, latin = 0;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                cjk++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        // Chinese questions often carry English names ("OpenAI", "Vera Rubin"); a few ideographs decide.
        return cjk > 0 && cjk * 3 >= Math.Min(latin, 12) ? Chinese : English;
    }

    /// <summary>True for CJK unified ideographs (the common block and extension A).</summary>
    public static bool IsCjk(char c) => c is (>= '\u4e00' and <= '\u9fff') or (>= '\u3400' and <= '\u4dbf');

    /// <summary>Normalises a language tag ("zh-CN", "English", "中文") to "en" or "zh"; null when unknown.</summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var t = tag.Trim().ToLowerInvariant();
        if (t.StartsWith("zh", StringComparison.Ordinal) || t is "chinese" or "中文" or "cn")
        {
            return Chinese;
        }

        return t.StartsWith("en", StringComparison.Ordinal) || t == "english" ? English : null;
    }
}
