namespace DealBot.Core.Figures;

/// <summary>
/// Rules that keep identifiers, versions, ordinals and vague amounts out: "GPT-4", "H100", "3.5.1", "10:30",
/// "第一阶段", "2nd", "5G", "数十亿".
/// </summary>
internal static class NumeralGuards
{
    // "数十亿", "几十", "上百亿", "成千", "好几": vague amounts, not figures.
    private const string VagueBefore = "数几上成好";

    /// <summary>Checks the character before the numeral, except for letters (a currency code may stand there).</summary>
    public static bool LeftOk(string s, Token token)
    {
        var at = token.Start;
        var before = TextScan.SkipSpacesBack(s, at, 0);
        if (before > 0 && s[before - 1] == '第')
        {
            return false;
        }

        if (at == 0)
        {
            return true;
        }

        var prev = s[at - 1];
        var prev2 = at >= 2 ? s[at - 2] : ' ';
        if (token.Script == NumeralScript.Chinese && VagueBefore.Contains(prev, StringComparison.Ordinal))
        {
            return false;
        }

        return prev switch
        {
            '_' or '#' or '@' or '\\' => false,
            '-' => !TextScan.IsLetter(prev2) && prev2 != '_',
            '.' or ',' or '/' or ':' => !TextScan.IsDigit(prev2),
            _ => true,
        };
    }

    /// <summary>A letter glued before a number makes it part of a name: "H100", "GPT4", "B200".</summary>
    public static bool LetterBeforeOk(string s, int numberStart) => numberStart == 0 || !TextScan.IsLetter(s[numberStart - 1]);

    /// <summary>Checks what follows a bare number (no scale or unit was read).</summary>
    public static bool RightOk(string s, int end)
    {
        if (end >= s.Length)
        {
            return true;
        }

        var next = s[end];
        var next2 = end + 1 < s.Length ? s[end + 1] : ' ';
        return next switch
        {
            '_' => false,
            '.' or '/' or ':' when TextScan.IsDigit(next2) => false,
            _ => !TextScan.IsLetter(next),
        };
    }

    /// <summary>"12. " or "12) " at the start of a line numbers a list item.</summary>
    public static bool IsListMarker(string s, Token token)
    {
        var before = token.Start;
        while (before > 0 && TextScan.IsSpace(s[before - 1]))
        {
            before--;
        }

        var lineStart = before == 0 || s[before - 1] is '\n' or '\r';
        return lineStart && token.End < s.Length && s[token.End] is '.' or ')' or '、';
    }
}
