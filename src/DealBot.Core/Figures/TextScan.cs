namespace DealBot.Core.Figures;

/// <summary>Small character tests and look-arounds shared by the scanners; all work on width-folded text.</summary>
internal static class TextScan
{
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009';

    public static bool IsDigit(char c) => char.IsAsciiDigit(c);

    public static bool IsLetter(char c) => char.IsAsciiLetter(c);

    public static bool IsChineseScale(char c) => c is '百' or '千' or '万' or '亿';

    public static decimal ChineseScale(char c) => c switch
    {
        '百' => 100m,
        '千' => 1_000m,
        '万' => 10_000m,
        _ => 100_000_000m,
    };

    /// <summary>Skips up to a few spaces (never a line break: a figure does not continue on the next line).</summary>
    public static int SkipSpaces(string s, int pos)
    {
        var limit = Math.Min(s.Length, pos + 3);
        while (pos < limit && IsSpace(s[pos]))
        {
            pos++;
        }

        return pos;
    }

    /// <summary>Steps back over up to a few spaces before <paramref name="pos"/>.</summary>
    public static int SkipSpacesBack(string s, int pos, int floor)
    {
        var limit = Math.Max(floor, pos - 3);
        while (pos > limit && IsSpace(s[pos - 1]))
        {
            pos--;
        }

        return pos;
    }

    /// <summary>True when <paramref name="text"/> starts at <paramref name="pos"/>, ignoring ASCII case.</summary>
    public static bool At(string s, int pos, string text) =>
        pos >= 0 && pos + text.Length <= s.Length && s.AsSpan(pos, text.Length).Equals(text, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="text"/> ends at <paramref name="end"/>, ignoring ASCII case.</summary>
    public static bool EndsAt(string s, int end, string text) => At(s, end - text.Length, text);

    /// <summary>An English word must not run on into letters: "bn" in "5bn" but not in "5bnx".</summary>
    public static bool WordEndsAt(string s, int end, string text) =>
        !IsLetter(text[^1]) || end >= s.Length || !IsLetter(s[end]);

    /// <summary>An English word must not be the tail of a longer word: "over" but not "turnover".</summary>
    public static bool WordStartsAt(string s, int start, string text) =>
        !IsLetter(text[0]) || start == 0 || !IsLetter(s[start - 1]);
}
