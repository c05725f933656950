using System.Collections.Frozen;
using System.Reflection;

namespace DealBot.Core.Text;

/// <summary>
/// Traditional and simplified Chinese, character for character, from the Unicode Character Database's variant data
/// (<c>chinese-script.txt</c>, written by <c>tools/chinese-script-table.py</c>). Text is matched in simplified form, so
/// 輝達 finds 辉达 and 這筆交易 reads like 这笔交易; text the bot writes itself is turned back into the script the
/// member wrote. A conversion never changes the length of a text, so offsets stay valid.
/// </summary>
public static class ChineseScript
{
    // Immutable after it is built once; the table is part of the Unicode Standard, not configuration.
    private static readonly Lazy<(FrozenDictionary<char, char> ToSimplified, FrozenDictionary<char, char> ToTraditional)> Tables = new(Load);

    /// <summary><paramref name="text"/> with every traditional character replaced by its simplified form.</summary>
    public static string ToSimplified(string text) => Map(text, Tables.Value.ToSimplified);

    /// <summary><paramref name="text"/> with simplified characters written in traditional form where that is unambiguous.</summary>
    public static string ToTraditional(string text) => TenThousands(Map(text, Tables.Value.ToTraditional));

    // 万 is also a traditional character (a surname), so the table leaves it; in a number ("1.8万億", "700万") it is 萬.
    private static string TenThousands(string text)
    {
        var at = text.IndexOf('万', StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (; at >= 0; at = text.IndexOf('万', at + 1))
        {
            if ((at > 0 && (char.IsAsciiDigit(chars[at - 1]) || chars[at - 1] is '十' or '百' or '千' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九'))
                || (at + 1 < chars.Length && chars[at + 1] is '億' or '亿'))
            {
                chars[at] = '萬';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// True when the Chinese of <paramref name="text"/> is written in traditional characters: more of its characters
    /// exist only in traditional form than only in simplified form.
    /// </summary>
    public static bool IsTraditional(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (toSimplified, toTraditional) = Tables.Value;
        int traditional = 0, simplified = 0;
        foreach (var c in text)
        {
            if (toSimplified.ContainsKey(c))
            {
                traditional++;
            }
            else if (toTraditional.ContainsKey(c))
            {
                simplified++;
            }
        }

        return traditional > simplified;
    }

    /// <summary>
    /// True when <paramref name="text"/> has no character that is written differently in the two scripts ("那如果只部署6吉瓦呢？"):
    /// it reads the same in either, so it says nothing of which script the member uses.
    /// </summary>
    public static bool IsScriptNeutral(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (toSimplified, toTraditional) = Tables.Value;
        foreach (var c in text)
        {
            if (toSimplified.ContainsKey(c) || toTraditional.ContainsKey(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Map(string text, FrozenDictionary<char, char> table)
    {
        ArgumentNullException.ThrowIfNull(text);
        char[]? changed = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (table.TryGetValue(text[i], out var mapped))
            {
                changed ??= text.ToCharArray();
                changed[i] = mapped;
            }
        }

        return changed is null ? text : new string(changed);
    }

    private static (FrozenDictionary<char, char>, FrozenDictionary<char, char>) Load()
    {
        var toSimplified = new Dictionary<char, char>();
        var toTraditional = new Dictionary<char, char>();
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DealBot.Core.Text.chinese-script.txt")
            ?? throw new InvalidOperationException("The Chinese script table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            // "T\t輝辉": a traditional character and its simplified form; "S\t辉輝" the other way.
            if (line.Length == 4 && line[1] == '\t')
            {
                (line[0] == 'T' ? toSimplified : toTraditional)[line[2]] = line[3];
            }
        }

        return (toSimplified.ToFrozenDictionary(), toTraditional.ToFrozenDictionary());
    }
}
