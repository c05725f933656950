namespace DealBot.Core.Figures;

/// <summary>Reads the words around a figure: currency signs and hedges before it, hedges after it.</summary>
internal static class Prefixes
{
    // "近" is "nearly" before a number, but "最近"/"附近" are "recently"/"nearby".
    private const string NotBeforeNear = "最附邻亲靠临";

    /// <summary>The currency written before the number ("US$ 5bn", "€10bn", "人民币100亿元"), or null.</summary>
    public static string? Currency(string s, int numberStart, int floor, out int start)
    {
        var end = TextScan.SkipSpacesBack(s, numberStart, floor);
        var candidates = end > floor ? FigureLexicon.Lookup(FigureLexicon.CurrenciesByLast, s[end - 1]) : [];
        foreach (var entry in candidates)
        {
            start = end - entry.Text.Length;
            if (start >= floor && TextScan.EndsAt(s, end, entry.Text) && TextScan.WordStartsAt(s, start, entry.Text))
            {
                return entry.Unit;
            }
        }

        start = numberStart;
        return null;
    }

    /// <summary>True for a minus sign glued to the number and not to a word before it ("-0.8%", not "GPT-4" or "5-10").</summary>
    public static bool IsMinus(string s, int numberStart, int floor)
    {
        var sign = numberStart - 1;
        if (sign < floor || s[sign] is not ('-' or '−'))
        {
            return false;
        }

        return sign == 0 || !(char.IsLetterOrDigit(s[sign - 1]) && !Documents.Languages.IsCjk(s[sign - 1])) && s[sign - 1] is not ('-' or '.' or ',' or '_');
    }

    /// <summary>The hedge written before the figure ("up to", "高达", "约"), and where it starts.</summary>
    public static Qualifier Qualifier(string s, int figureStart, int floor, out int start)
    {
        var end = TextScan.SkipSpacesBack(s, figureStart, floor);
        var candidates = end > floor ? FigureLexicon.Lookup(FigureLexicon.PrefixesByLast, s[end - 1]) : [];
        foreach (var entry in candidates)
        {
            start = end - entry.Text.Length;
            if (start < floor || !TextScan.EndsAt(s, end, entry.Text) || !TextScan.WordStartsAt(s, start, entry.Text))
            {
                continue;
            }

            // An English word needs a space before the number: "over 10", but "over10" is not a phrase.
            if (TextScan.IsLetter(entry.Text[^1]) && end == figureStart)
            {
                continue;
            }

            if (entry.Text == "近" && start > 0 && NotBeforeNear.Contains(s[start - 1], StringComparison.Ordinal))
            {
                continue;
            }

            return entry.Qualifier;
        }

        start = figureStart;
        return Figures.Qualifier.Exact;
    }

    /// <summary>The hedge written after the figure ("左右", "以上", "or more"), and where the figure then ends.</summary>
    public static Qualifier Suffix(string s, int figureEnd, int limit, out int end)
    {
        // Chinese hedges are glued on ("6%左右"); English ones follow a space ("10 GW or more").
        if (TrySuffixAt(s, figureEnd, limit, english: false, out var qualifier, out end))
        {
            return qualifier;
        }

        var spaced = TextScan.SkipSpaces(s, figureEnd);
        if (spaced > figureEnd && TrySuffixAt(s, spaced, limit, english: true, out qualifier, out end))
        {
            return qualifier;
        }

        end = figureEnd;
        return Figures.Qualifier.Exact;
    }

    private static bool TrySuffixAt(string s, int at, int limit, bool english, out Qualifier qualifier, out int end)
    {
        qualifier = Figures.Qualifier.Exact;
        end = at;
        if (at >= limit)
        {
            return false;
        }

        foreach (var entry in FigureLexicon.Lookup(FigureLexicon.SuffixesByFirst, s[at]))
        {
            end = at + entry.Text.Length;
            if (TextScan.IsLetter(entry.Text[0]) == english && end <= limit && TextScan.At(s, at, entry.Text) && TextScan.WordEndsAt(s, end, entry.Text))
            {
                qualifier = entry.Qualifier;
                return true;
            }
        }

        end = at;
        return false;
    }
}
