namespace DealBot.Core.Figures;

/// <summary>
/// What follows a numeral: "多"/"+" hedges, a scale ("billion", "亿"), a unit ("GW", "美元"). <see cref="TooLarge"/>
/// marks a scale that does not fit a decimal ("5亿亿亿亿"): the number it belongs to is not a figure.
/// </summary>
internal readonly record struct Suffix(int End, decimal Scale, bool HasScale, UnitEntry? Unit, Qualifier Qualifier, bool TooLarge = false);

/// <summary>Reads the scale and unit after a numeral. A unit is tried before a scale so "10千兆瓦" is 10 GW.</summary>
internal static class SuffixReader
{
    public static Suffix Read(string s, int end, NumeralScript script, int limit)
    {
        var pos = end;
        var qualifier = Qualifier.Exact;
        int afterMore;

        // "10+ GW", but not "5+3".
        if (pos < limit && s[pos] == '+' && (pos + 1 >= limit || !TextScan.IsDigit(s[pos + 1])))
        {
            qualifier = Qualifier.AtLeast;
            pos++;
        }
        else if (script != NumeralScript.English && TryMore(s, pos, limit, out afterMore))
        {
            qualifier = Qualifier.MoreThan;
            pos = afterMore;
        }

        if (TryUnit(s, pos, limit, hasScale: false, out var unit, out var unitEnd))
        {
            return new Suffix(unitEnd, 1m, false, unit, qualifier);
        }

        var scale = 1m;
        var hasScale = false;
        if (script == NumeralScript.Arabic && TryChineseScale(s, pos, limit, out var chineseScale, out var scaleEnd))
        {
            if (chineseScale == 0m)
            {
                return new Suffix(scaleEnd, 0m, true, null, qualifier, TooLarge: true);
            }

            (scale, hasScale, pos) = (chineseScale, true, scaleEnd);
            if (TryMore(s, pos, limit, out afterMore))
            {
                qualifier = Qualifier.MoreThan;
                pos = afterMore;
            }
        }
        else if (script != NumeralScript.Chinese && TryEnglishScale(s, pos, limit, script, out var englishScale, out scaleEnd))
        {
            (scale, hasScale, pos) = (englishScale, true, scaleEnd);
        }

        return TryUnit(s, pos, limit, hasScale, out unit, out unitEnd)
            ? new Suffix(unitEnd, scale, hasScale, unit, qualifier)
            : new Suffix(pos, scale, hasScale, null, qualifier);
    }

    /// <summary>Finds the unit starting at <paramref name="pos"/> (after spaces, or a hyphen before an English word).</summary>
    public static bool TryUnit(string s, int pos, int limit, bool hasScale, out UnitEntry? unit, out int end)
    {
        if (TryUnitAt(s, pos, limit, hasScale, Spacing.Attached, out unit, out end))
        {
            return true;
        }

        var spaced = TextScan.SkipSpaces(s, pos);
        if (spaced > pos && TryUnitAt(s, spaced, limit, hasScale, Spacing.Loose, out unit, out end))
        {
            return true;
        }

        // "a 100-dollar bill", "10-percent": a hyphen may join an English unit word.
        if (pos + 1 < limit && s[pos] == '-' && TextScan.IsLetter(s[pos + 1]) && TryUnitAt(s, pos + 1, limit, hasScale, Spacing.Loose, out unit, out end))
        {
            return true;
        }

        unit = null;
        end = pos;
        return false;
    }

    private static bool TryUnitAt(string s, int at, int limit, bool hasScale, Spacing gap, out UnitEntry? unit, out int end)
    {
        end = at;
        unit = null;
        if (at >= limit)
        {
            return false;
        }

        foreach (var entry in FigureLexicon.Lookup(FigureLexicon.UnitsByFirst, s[at]))
        {
            if ((entry.NeedsScale && !hasScale) || (gap == Spacing.Loose && entry.Spacing == Spacing.Attached))
            {
                continue;
            }

            if (Fits(s, at, limit, entry.Text, out end) && Allowed(s, end, limit, entry))
            {
                unit = entry;
                return true;
            }
        }

        end = at;
        return false;
    }

    private static bool Fits(string s, int at, int limit, string text, out int end)
    {
        end = at + text.Length;
        return end <= limit && TextScan.At(s, at, text) && TextScan.WordEndsAt(s, end, text);
    }

    // "5x" is a multiple, "5x10" and "5 × 3" are arithmetic.
    private static bool Allowed(string s, int end, int limit, UnitEntry entry)
    {
        if (entry.Text is not ("x" or "×"))
        {
            return true;
        }

        var next = TextScan.SkipSpaces(s, end);
        return next >= limit || !TextScan.IsDigit(s[next]);
    }

    private static bool TryMore(string s, int pos, int limit, out int end)
    {
        end = pos;
        if (pos < limit && s[pos] is '多' or '余')
        {
            end = pos + 1;
            return true;
        }

        return false;
    }

    // 百 and 千 scale only on the way to 万/亿 or a unit: "5千万" and "3千瓦", not "10千克". A run of scales too large
    // for a decimal ("亿亿亿亿") is read whole and reported as scale 0, so its number is dropped rather than misread.
    private static bool TryChineseScale(string s, int pos, int limit, out decimal scale, out int end)
    {
        scale = 1m;
        var start = TextScan.SkipSpaces(s, pos);
        end = start;
        var factor = 1m;
        var k = start;
        var tooLarge = false;
        while (k < limit && TextScan.IsChineseScale(s[k]) && !TryUnit(s, k, limit, hasScale: false, out _, out _))
        {
            if (!tooLarge && !DecimalMath.TryMultiply(factor, TextScan.ChineseScale(s[k]), out factor))
            {
                tooLarge = true;
            }

            k++;
            if (tooLarge)
            {
                (scale, end) = (0m, k);
                continue;
            }

            if (s[k - 1] is '万' or '亿')
            {
                (scale, end) = (factor, k);
            }
        }

        if (end == start && k > start && TryUnit(s, k, limit, hasScale: true, out _, out _))
        {
            (scale, end) = (factor, k);
        }

        return end > start;
    }

    private static bool TryEnglishScale(string s, int pos, int limit, NumeralScript script, out decimal scale, out int end)
    {
        var spaced = TextScan.SkipSpaces(s, pos);
        var hyphen = pos < limit && s[pos] == '-' ? pos + 1 : -1;
        foreach (var entry in FigureLexicon.EnglishScales)
        {
            // Spelled numbers take only whole words: "ten billion", never "tenB".
            if (script == NumeralScript.English && entry.Text.Length < 4)
            {
                continue;
            }

            if (Fits(s, pos, limit, entry.Text, out end)
                || entry.Spacing == Spacing.Loose && spaced > pos && Fits(s, spaced, limit, entry.Text, out end)
                || entry.Spacing == Spacing.Loose && hyphen > 0 && Fits(s, hyphen, limit, entry.Text, out end))
            {
                scale = entry.Factor;
                return true;
            }
        }

        scale = 1m;
        end = pos;
        return false;
    }
}
