using System.Collections.Frozen;
using System.Collections.Immutable;

namespace DealBot.Core.Figures;

/// <summary>
/// The words and symbols that turn a number into a figure, in both languages. Every list is sorted longest first
/// so that "千瓦时" wins over "千瓦" and "US$" over "$".
/// </summary>
internal static class FigureLexicon
{
    private const decimal Kilo = 1e3m;
    private const decimal Mega = 1e6m;
    private const decimal Giga = 1e9m;
    private const decimal Tera = 1e12m;

    public static readonly ImmutableArray<UnitEntry> Units = Longest<UnitEntry>(
    [
        // Money written after the number.
        new("U.S. dollars", FigureKind.Money, FigureUnits.Usd, 1m),
        new("US dollars", FigureKind.Money, FigureUnits.Usd, 1m),
        new("dollars", FigureKind.Money, FigureUnits.Usd, 1m),
        new("bucks", FigureKind.Money, FigureUnits.Usd, 1m),
        new("cents", FigureKind.Money, FigureUnits.Usd, 0.01m),
        new("cent", FigureKind.Money, FigureUnits.Usd, 0.01m),
        new("¢", FigureKind.Money, FigureUnits.Usd, 0.01m, Spacing.Attached),
        new("美分", FigureKind.Money, FigureUnits.Usd, 0.01m),
        // "成本180刀": members' slang for dollars.
        new("刀", FigureKind.Money, FigureUnits.Usd, 1m),
        new("dollar", FigureKind.Money, FigureUnits.Usd, 1m),
        new("USD", FigureKind.Money, FigureUnits.Usd, 1m),
        new("euros", FigureKind.Money, FigureUnits.Eur, 1m),
        new("euro", FigureKind.Money, FigureUnits.Eur, 1m),
        new("EUR", FigureKind.Money, FigureUnits.Eur, 1m),
        new("yuan", FigureKind.Money, FigureUnits.Cny, 1m),
        new("renminbi", FigureKind.Money, FigureUnits.Cny, 1m),
        new("RMB", FigureKind.Money, FigureUnits.Cny, 1m),
        new("CNY", FigureKind.Money, FigureUnits.Cny, 1m),
        new("GBP", FigureKind.Money, FigureUnits.Gbp, 1m),
        new("JPY", FigureKind.Money, FigureUnits.Jpy, 1m),
        new("HKD", FigureKind.Money, FigureUnits.Hkd, 1m),
        new("TWD", FigureKind.Money, FigureUnits.Twd, 1m),
        new("美元", FigureKind.Money, FigureUnits.Usd, 1m),
        new("美金", FigureKind.Money, FigureUnits.Usd, 1m),
        new("元人民币", FigureKind.Money, FigureUnits.Cny, 1m),
        new("人民币", FigureKind.Money, FigureUnits.Cny, 1m),
        new("元", FigureKind.Money, FigureUnits.Cny, 1m),
        new("欧元", FigureKind.Money, FigureUnits.Eur, 1m),
        new("英镑", FigureKind.Money, FigureUnits.Gbp, 1m),
        new("日元", FigureKind.Money, FigureUnits.Jpy, 1m),
        new("港元", FigureKind.Money, FigureUnits.Hkd, 1m),
        new("港币", FigureKind.Money, FigureUnits.Hkd, 1m),
        new("新台币", FigureKind.Money, FigureUnits.Twd, 1m),
        new("台币", FigureKind.Money, FigureUnits.Twd, 1m),

        // Power.
        new("terawatts", FigureKind.Power, FigureUnits.Watt, Tera),
        new("terawatt", FigureKind.Power, FigureUnits.Watt, Tera),
        new("gigawatts", FigureKind.Power, FigureUnits.Watt, Giga),
        new("gigawatt", FigureKind.Power, FigureUnits.Watt, Giga),
        new("megawatts", FigureKind.Power, FigureUnits.Watt, Mega),
        new("megawatt", FigureKind.Power, FigureUnits.Watt, Mega),
        new("kilowatts", FigureKind.Power, FigureUnits.Watt, Kilo),
        new("kilowatt", FigureKind.Power, FigureUnits.Watt, Kilo),
        new("watts", FigureKind.Power, FigureUnits.Watt, 1m),
        new("watt", FigureKind.Power, FigureUnits.Watt, 1m),
        new("TW", FigureKind.Power, FigureUnits.Watt, Tera),
        new("GW", FigureKind.Power, FigureUnits.Watt, Giga),
        new("MW", FigureKind.Power, FigureUnits.Watt, Mega),
        new("kW", FigureKind.Power, FigureUnits.Watt, Kilo),
        new("W", FigureKind.Power, FigureUnits.Watt, 1m),
        new("太瓦", FigureKind.Power, FigureUnits.Watt, Tera),
        new("千兆瓦", FigureKind.Power, FigureUnits.Watt, Giga),
        new("吉瓦", FigureKind.Power, FigureUnits.Watt, Giga),
        new("兆瓦", FigureKind.Power, FigureUnits.Watt, Mega),
        new("千瓦", FigureKind.Power, FigureUnits.Watt, Kilo),
        new("瓦特", FigureKind.Power, FigureUnits.Watt, 1m),
        new("瓦", FigureKind.Power, FigureUnits.Watt, 1m),

        // Energy.
        new("terawatt-hours", FigureKind.Energy, FigureUnits.WattHour, Tera),
        new("terawatt hours", FigureKind.Energy, FigureUnits.WattHour, Tera),
        new("terawatt-hour", FigureKind.Energy, FigureUnits.WattHour, Tera),
        new("terawatt hour", FigureKind.Energy, FigureUnits.WattHour, Tera),
        new("gigawatt-hours", FigureKind.Energy, FigureUnits.WattHour, Giga),
        new("gigawatt hours", FigureKind.Energy, FigureUnits.WattHour, Giga),
        new("gigawatt-hour", FigureKind.Energy, FigureUnits.WattHour, Giga),
        new("gigawatt hour", FigureKind.Energy, FigureUnits.WattHour, Giga),
        new("megawatt-hours", FigureKind.Energy, FigureUnits.WattHour, Mega),
        new("megawatt hours", FigureKind.Energy, FigureUnits.WattHour, Mega),
        new("megawatt-hour", FigureKind.Energy, FigureUnits.WattHour, Mega),
        new("megawatt hour", FigureKind.Energy, FigureUnits.WattHour, Mega),
        new("kilowatt-hours", FigureKind.Energy, FigureUnits.WattHour, Kilo),
        new("kilowatt hours", FigureKind.Energy, FigureUnits.WattHour, Kilo),
        new("kilowatt-hour", FigureKind.Energy, FigureUnits.WattHour, Kilo),
        new("kilowatt hour", FigureKind.Energy, FigureUnits.WattHour, Kilo),
        new("watt-hours", FigureKind.Energy, FigureUnits.WattHour, 1m),
        new("watt-hour", FigureKind.Energy, FigureUnits.WattHour, 1m),
        new("TWh", FigureKind.Energy, FigureUnits.WattHour, Tera),
        new("GWh", FigureKind.Energy, FigureUnits.WattHour, Giga),
        new("MWh", FigureKind.Energy, FigureUnits.WattHour, Mega),
        new("kWh", FigureKind.Energy, FigureUnits.WattHour, Kilo),
        new("Wh", FigureKind.Energy, FigureUnits.WattHour, 1m),
        new("太瓦时", FigureKind.Energy, FigureUnits.WattHour, Tera),
        new("千兆瓦时", FigureKind.Energy, FigureUnits.WattHour, Giga),
        new("吉瓦时", FigureKind.Energy, FigureUnits.WattHour, Giga),
        new("兆瓦时", FigureKind.Energy, FigureUnits.WattHour, Mega),
        new("千瓦时", FigureKind.Energy, FigureUnits.WattHour, Kilo),
        new("瓦时", FigureKind.Energy, FigureUnits.WattHour, 1m),
        new("度电", FigureKind.Energy, FigureUnits.WattHour, Kilo),
        new("度", FigureKind.Energy, FigureUnits.WattHour, Kilo) { NeedsScale = true },

        // Percent.
        new("percentage points", FigureKind.Percent, FigureUnits.Percent, 1m),
        new("percentage point", FigureKind.Percent, FigureUnits.Percent, 1m),
        new("per cent", FigureKind.Percent, FigureUnits.Percent, 1m),
        new("percent", FigureKind.Percent, FigureUnits.Percent, 1m),
        new("pct", FigureKind.Percent, FigureUnits.Percent, 1m),
        new("%", FigureKind.Percent, FigureUnits.Percent, 1m),
        new("个百分点", FigureKind.Percent, FigureUnits.Percent, 1m),
        new("百分点", FigureKind.Percent, FigureUnits.Percent, 1m),

        // Multiples. "x" and "×" only attached ("5x"), so "10 x 8,760" stays arithmetic.
        new("times", FigureKind.Multiple, FigureUnits.Multiple, 1m),
        new("-fold", FigureKind.Multiple, FigureUnits.Multiple, 1m, Spacing.Attached),
        new("fold", FigureKind.Multiple, FigureUnits.Multiple, 1m),
        new("x", FigureKind.Multiple, FigureUnits.Multiple, 1m, Spacing.Attached),
        new("×", FigureKind.Multiple, FigureUnits.Multiple, 1m, Spacing.Attached),
        new("倍", FigureKind.Multiple, FigureUnits.Multiple, 1m),
    ]);

    public static readonly ImmutableArray<ScaleEntry> EnglishScales = Longest<ScaleEntry>(
    [
        new("trillion", Tera),
        new("billion", Giga),
        new("million", Mega),
        new("thousand", Kilo),
        new("tn", Tera),
        new("trn", Tera),
        new("bn", Giga),
        new("bln", Giga),
        new("bil", Giga),
        new("bill", Giga),
        new("mil", Mega),
        new("mill", Mega),
        new("mn", Mega),
        new("mln", Mega),
        new("T", Tera, Spacing.Attached),
        new("B", Giga, Spacing.Attached),
        new("M", Mega, Spacing.Attached),
        new("K", Kilo, Spacing.Attached),
    ]);

    public static readonly ImmutableArray<CurrencyEntry> Currencies = Longest<CurrencyEntry>(
    [
        new("U.S.$", FigureUnits.Usd),
        new("US$", FigureUnits.Usd),
        new("USD", FigureUnits.Usd),
        new("$", FigureUnits.Usd),
        new("€", FigureUnits.Eur),
        new("EUR", FigureUnits.Eur),
        new("£", FigureUnits.Gbp),
        new("GBP", FigureUnits.Gbp),
        new("CN¥", FigureUnits.Cny),
        new("RMB", FigureUnits.Cny),
        new("CNY", FigureUnits.Cny),
        new("人民币", FigureUnits.Cny),
        new("¥", FigureUnits.Cny),
        new("JP¥", FigureUnits.Jpy),
        new("JPY", FigureUnits.Jpy),
        new("HK$", FigureUnits.Hkd),
        new("HKD", FigureUnits.Hkd),
        new("NT$", FigureUnits.Twd),
        new("TWD", FigureUnits.Twd),
    ]);

    public static readonly ImmutableArray<QualifierEntry> Prefixes = Longest<QualifierEntry>(
    [
        new("up to", Qualifier.UpTo),
        new("as much as", Qualifier.UpTo),
        new("as many as", Qualifier.UpTo),
        new("as high as", Qualifier.UpTo),
        new("at most", Qualifier.UpTo),
        new("no more than", Qualifier.UpTo),
        new("not more than", Qualifier.UpTo),
        new("a maximum of", Qualifier.UpTo),
        new("高达", Qualifier.UpTo),
        new("最高达", Qualifier.UpTo),
        new("最高", Qualifier.UpTo),
        new("最多", Qualifier.UpTo),
        new("多达", Qualifier.UpTo),
        new("至多", Qualifier.UpTo),
        new("不超过", Qualifier.UpTo),
        new("一度上涨", Qualifier.UpTo),
        new("一度大涨", Qualifier.UpTo),
        new("一度下跌", Qualifier.UpTo),
        new("一度大跌", Qualifier.UpTo),
        new("at least", Qualifier.AtLeast),
        new("no less than", Qualifier.AtLeast),
        new("not less than", Qualifier.AtLeast),
        new("no fewer than", Qualifier.AtLeast),
        new("a minimum of", Qualifier.AtLeast),
        new("至少", Qualifier.AtLeast),
        new("最少", Qualifier.AtLeast),
        new("起码", Qualifier.AtLeast),
        new("不少于", Qualifier.AtLeast),
        new("不低于", Qualifier.AtLeast),
        new("more than", Qualifier.MoreThan),
        new("greater than", Qualifier.MoreThan),
        new("in excess of", Qualifier.MoreThan),
        new("upwards of", Qualifier.MoreThan),
        new("exceeding", Qualifier.MoreThan),
        new("over", Qualifier.MoreThan),
        new("above", Qualifier.MoreThan),
        new("超过", Qualifier.MoreThan),
        new("超出", Qualifier.MoreThan),
        new("逾", Qualifier.MoreThan),
        new("超", Qualifier.MoreThan),
        new("about", Qualifier.About),
        new("around", Qualifier.About),
        new("roughly", Qualifier.About),
        new("nearly", Qualifier.About),
        new("almost", Qualifier.About),
        new("approximately", Qualifier.About),
        new("approx.", Qualifier.About),
        new("close to", Qualifier.About),
        new("circa", Qualifier.About),
        new("an estimated", Qualifier.About),
        new("~", Qualifier.About),
        new("≈", Qualifier.About),
        new("约", Qualifier.About),
        new("大约", Qualifier.About),
        new("大概", Qualifier.About),
        new("约合", Qualifier.About),
        new("将近", Qualifier.About),
        new("接近", Qualifier.About),
        new("近", Qualifier.About),
        new("less than", Qualifier.LessThan),
        new("fewer than", Qualifier.LessThan),
        new("under", Qualifier.LessThan),
        new("below", Qualifier.LessThan),
        new("不到", Qualifier.LessThan),
        new("不足", Qualifier.LessThan),
        new("少于", Qualifier.LessThan),
        new("低于", Qualifier.LessThan),
    ]);

    public static readonly ImmutableArray<QualifierEntry> Suffixes = Longest<QualifierEntry>(
    [
        new("or more", Qualifier.AtLeast),
        new("or so", Qualifier.About),
        new("or less", Qualifier.UpTo),
        new("or fewer", Qualifier.UpTo),
        new("以上", Qualifier.MoreThan),
        new("左右", Qualifier.About),
        new("上下", Qualifier.About),
        new("以下", Qualifier.LessThan),
        new("以内", Qualifier.UpTo),
    ]);

    /// <summary>Units by their first character (lower case), longest first: a position is checked only against these.</summary>
    public static readonly FrozenDictionary<char, ImmutableArray<UnitEntry>> UnitsByFirst = ByFirst(Units);

    /// <summary>Hedges written after the figure, by their first character.</summary>
    public static readonly FrozenDictionary<char, ImmutableArray<QualifierEntry>> SuffixesByFirst = ByFirst(Suffixes);

    /// <summary>Currency signs by their last character: they are matched backwards from the number.</summary>
    public static readonly FrozenDictionary<char, ImmutableArray<CurrencyEntry>> CurrenciesByLast = ByLast(Currencies);

    /// <summary>Hedges written before the figure, by their last character.</summary>
    public static readonly FrozenDictionary<char, ImmutableArray<QualifierEntry>> PrefixesByLast = ByLast(Prefixes);

    /// <summary>The entries whose key character is <paramref name="c"/> (ASCII case ignored), longest first.</summary>
    public static ImmutableArray<T> Lookup<T>(FrozenDictionary<char, ImmutableArray<T>> index, char c) =>
        index.TryGetValue(char.ToLowerInvariant(c), out var entries) ? entries : [];

    private static FrozenDictionary<char, ImmutableArray<T>> ByFirst<T>(ImmutableArray<T> entries)
        where T : ILexiconEntry =>
        entries.GroupBy(e => char.ToLowerInvariant(e.Text[0])).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());

    private static FrozenDictionary<char, ImmutableArray<T>> ByLast<T>(ImmutableArray<T> entries)
        where T : ILexiconEntry =>
        entries.GroupBy(e => char.ToLowerInvariant(e.Text[^1])).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());

    private static ImmutableArray<T> Longest<T>(T[] entries)
        where T : ILexiconEntry =>
        [.. entries.OrderByDescending(e => e.Text.Length)];
}
