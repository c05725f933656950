namespace DealBot.Core.Figures;

/// <summary>
/// Turns numerals into figures by reading around them: qualifier and currency before, scale, unit and hedges
/// after. Surface runs from the first of those words to the last ("up to US$100 billion", "800多万", "约6%").
/// </summary>
internal static class NumberScanner
{
    private const decimal BareCountFloor = 10m;
    private const int FirstContextYear = 1800;
    private const int LastContextYear = 2199;
    private const int FirstBareYear = 1990;
    private const int LastBareYear = 2100;
    private const string PercentPrefix = "百分之";
    private const string PermillePrefix = "千分之";

    private static readonly string[] YearContextWords = ["in", "since", "by", "until", "till", "from", "during", "before", "after", "through", "year", "fiscal"];

    /// <summary>Adds the figures of <paramref name="s"/> outside the spans in <paramref name="dates"/> (sorted).</summary>
    public static void Scan(string s, string original, bool allNumbers, IReadOnlyList<Figure> dates, List<Figure> output)
    {
        var cursor = 0;
        var dateIndex = 0;
        string? rangeCurrency = null;
        var rangeStart = -1;
        foreach (var match in NumberPatterns.Numeral().EnumerateMatches(s))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            while (dateIndex < dates.Count && dates[dateIndex].Start + dates[dateIndex].Length <= start)
            {
                dateIndex++;
            }

            var limit = dateIndex < dates.Count ? dates[dateIndex].Start : s.Length;
            if (start < cursor || end > limit)
            {
                continue;
            }

            var token = new Token(start, end, Script(s[start]));
            if (token.Script == NumeralScript.Chinese && s[end - 1] == '点')
            {
                token = token with { End = end - 1 };
            }

            if (!TryValue(s, token, out var value) || !NumeralGuards.LeftOk(s, token))
            {
                continue;
            }

            var inherited = start == rangeStart ? rangeCurrency : null;
            (rangeCurrency, rangeStart) = (null, -1);
            var figure = Read(s, original, token, value, cursor, limit, allNumbers, inherited, out var range);
            if (figure is not null)
            {
                output.Add(figure);
                cursor = figure.Start + figure.Length;
                (rangeCurrency, rangeStart) = range;
            }
        }
    }

    private static Figure? Read(
        string s, string original, Token token, decimal value, int cursor, int limit, bool allNumbers, string? inheritedCurrency,
        out (string? Currency, int NextStart) range)
    {
        range = (null, -1);
        var numberStart = token.Start;
        var percent = token.Start - PercentPrefix.Length >= cursor && TextScan.EndsAt(s, token.Start, PercentPrefix);
        if (!percent && token.Start - PermillePrefix.Length >= cursor && TextScan.EndsAt(s, token.Start, PermillePrefix))
        {
            // "千分之三" is 0.3%.
            percent = true;
            value /= 10m;
        }

        var currencyStart = numberStart;
        var currency = percent ? null : Prefixes.Currency(s, numberStart, cursor, out currencyStart);
        if (currency is null && token.Script == NumeralScript.Arabic && Prefixes.IsMinus(s, token.Start, cursor))
        {
            numberStart--;
            value = -value;
            currency = Prefixes.Currency(s, numberStart, cursor, out currencyStart);
        }

        if (currency is null && !NumeralGuards.LetterBeforeOk(s, numberStart))
        {
            return null;
        }

        var suffix = percent ? new Suffix(token.End, 1m, false, null, Qualifier.Exact) : SuffixReader.Read(s, token.End, token.Script, limit);
        if (!percent && suffix.Unit is null && !suffix.HasScale && RangeReader.TryNext(s, suffix.End, limit, out var next, out var nextSuffix)
            && (nextSuffix.Unit is not null || nextSuffix.HasScale))
        {
            // "$5-10 billion", "10–20 GW": the first number takes the second one's scale and unit.
            suffix = nextSuffix with { End = suffix.End, Qualifier = suffix.Qualifier };
            range = (currency, next);
        }

        if (suffix.TooLarge || (suffix.Unit is null && !suffix.HasScale && !percent && !NumeralGuards.RightOk(s, suffix.End)))
        {
            return null;
        }

        currency ??= inheritedCurrency;
        var figureStart = percent ? token.Start - PercentPrefix.Length : currency is not null && currencyStart < numberStart ? currencyStart : numberStart;
        var prefixQualifier = Prefixes.Qualifier(s, figureStart, cursor, out var qualifierStart);
        var suffixQualifier = Prefixes.Suffix(s, suffix.End, limit, out var figureEnd);
        var qualifier = prefixQualifier != Qualifier.Exact ? prefixQualifier : suffix.Qualifier != Qualifier.Exact ? suffix.Qualifier : suffixQualifier;
        if (prefixQualifier != Qualifier.Exact)
        {
            figureStart = qualifierStart;
        }

        var kind = Classify(s, token, value, suffix, currency, percent, qualifier, allNumbers, cursor, out var unitCode);
        if (kind is null)
        {
            return null;
        }

        if (kind == FigureKind.Date)
        {
            var year = (int)value;
            var (from, to) = Periods.Year(year);
            return new Figure(FigureKind.Date, year, FigureUnits.Date, Qualifier.Exact, original[token.Start..token.End], token.Start, token.End - token.Start, from, to);
        }

        if (kind != FigureKind.Money && currency is not null && figureStart == currencyStart)
        {
            figureStart = numberStart;
        }

        // "999999999999999999999999 billion" does not fit a decimal: a number that does not fit is not a figure.
        if (!DecimalMath.TryMultiply(suffix.Scale, suffix.Unit?.Factor ?? 1m, out var factor) || !DecimalMath.TryMultiply(value, factor, out var scaled))
        {
            return null;
        }

        return new Figure(kind.Value, Trim(scaled), unitCode, qualifier, original[figureStart..figureEnd], figureStart, figureEnd - figureStart);
    }

    private static FigureKind? Classify(
        string s, Token token, decimal value, Suffix suffix, string? currency, bool percent, Qualifier qualifier, bool allNumbers, int cursor,
        out string unit)
    {
        unit = FigureUnits.Count;
        if (percent)
        {
            unit = FigureUnits.Percent;
            return FigureKind.Percent;
        }

        if (suffix.Unit is { } entry)
        {
            unit = entry.Kind == FigureKind.Money && currency is not null ? currency : entry.Unit;
            return entry.Kind;
        }

        if (currency is not null)
        {
            unit = currency;
            return FigureKind.Money;
        }

        if (token.Script == NumeralScript.English && (TextScan.At(s, token.Start, "twice") || TextScan.At(s, token.Start, "thrice")))
        {
            unit = FigureUnits.Multiple;
            return FigureKind.Multiple;
        }

        // Chinese numerals carry a figure only with a unit or a big scale ("七亿"): "一些", "第一", "两家" do not.
        if (suffix.HasScale || (token.Script == NumeralScript.Chinese && s.AsSpan(token.Start + 1, token.End - token.Start - 1).IndexOfAny('万', '亿') >= 0))
        {
            return FigureKind.Count;
        }

        if (token.Script != NumeralScript.Arabic)
        {
            return null;
        }

        var plain = s.AsSpan(token.Start, token.End - token.Start).IndexOfAny(',', '.') < 0;
        if (plain && qualifier == Qualifier.Exact && value > 0 && token.End - token.Start == 4 && IsYear(s, (int)value, token.Start, cursor))
        {
            return FigureKind.Date;
        }

        if (!allNumbers && ((qualifier == Qualifier.Exact && Math.Abs(value) < BareCountFloor) || NumeralGuards.IsListMarker(s, token)))
        {
            return null;
        }

        return FigureKind.Count;
    }

    private static bool IsYear(string s, int year, int start, int cursor)
    {
        if (year is >= FirstBareYear and <= LastBareYear)
        {
            return true;
        }

        if (year is < FirstContextYear or > LastContextYear)
        {
            return false;
        }

        var end = TextScan.SkipSpacesBack(s, start, cursor);
        foreach (var word in YearContextWords)
        {
            if (end < start && TextScan.EndsAt(s, end, word) && TextScan.WordStartsAt(s, end - word.Length, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryValue(string s, Token token, out decimal value)
    {
        var text = s.AsSpan(token.Start, token.End - token.Start);
        return token.Script switch
        {
            NumeralScript.Arabic => NumeralParser.TryParseArabic(text, out value),
            NumeralScript.Chinese => NumeralParser.TryParseChinese(text, out value),
            _ => NumeralParser.TryParseEnglish(text, out value),
        };
    }

    private static NumeralScript Script(char first) =>
        TextScan.IsDigit(first) ? NumeralScript.Arabic : TextScan.IsLetter(first) ? NumeralScript.English : NumeralScript.Chinese;

    // 6.6 × 1e9 is 6600000000.0; drop the trailing zeros so values print and compare cleanly.
    private static decimal Trim(decimal value) => value / 1.0000000000000000000000000000m;
}
