using System.Text.RegularExpressions;

namespace DealBot.Core.Figures;

/// <summary>Reads the second half of a range ("5-10 billion", "10至20千兆瓦") so the first number can share its unit.</summary>
internal static partial class RangeReader
{
    /// <summary>When a range connector and an Arabic number follow, returns where it starts and its suffix.</summary>
    public static bool TryNext(string s, int end, int limit, out int nextStart, out Suffix suffix)
    {
        nextStart = -1;
        suffix = default;
        var match = Connector().Match(s, end);
        if (!match.Success || match.Index != end)
        {
            return false;
        }

        var number = NumberPatterns.Numeral().Match(s, match.Index + match.Length);
        if (!number.Success || number.Index != match.Index + match.Length || !TextScan.IsDigit(s[number.Index]))
        {
            return false;
        }

        nextStart = number.Index;
        suffix = SuffixReader.Read(s, number.Index + number.Length, NumeralScript.Arabic, limit);
        return true;
    }

    [GeneratedRegex(@"\G[ \t]*(?:-|–|—|~|to|至|到)[ \t]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Connector();
}
