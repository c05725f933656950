using DealBot.Answering.Understanding;
using DealBot.Core.Documents;
using DealBot.Core.Figures;

namespace DealBot.Answering.Quantities;

/// <summary>
/// Reads the quantities a question states, with what makes them usable in a calculation: rates ("$45bn per GW",
/// "$0.08/kWh", "每户1.2千瓦", "$8bn a year"), single units standing as operands ("a GW costs…", "for a year"),
/// exchange rates ("in euros at 0.93", "eur/usd is 1.17", "按7.1的汇率"), counted things ("8m homes", "800万户"), and
/// whether each is assumed, claimed or rejected. It also reads what the question wants a result measured in ("in MW",
/// "per household", "换成人民币").
/// </summary>
public sealed class QuantityReader(FigureExtractor extractor, UnitCatalog units)
{
    // How far apart a "per X" and the amount it divides may stand in one clause.
    private const int LatinWindow = 30;
    private const int CjkWindow = 10;
    private const int ValuationReach = 24;
    private const int TightGap = 4;
    private const int CountReach = 24;
    private const int InterrogativeReach = 8;
    private const int CountedGap = 8;

    // A scaled amount with nothing named ("the 500bn", "1000亿") is money in questions about the deal: counts of
    // things this large are named ("700 million users").
    private const decimal UnnamedMoneyFloor = 100_000_000m;

    private static readonly string[] ExplicitPerLatin = ["per", "each", "every", "a piece"];
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789０１２３４５６７８９");
    private static readonly string[] ArticleLatin = ["a", "an", "one", "1"];
    // How a member writes "one" of a unit: "one GW", "1 GW", "1GW" (not "1.5 GW", "10 GW" or "1,000").
    private static readonly string[] OneWords = ["one ", "1"];
    private static readonly string[] ExplicitPerCjk = ["每一", "每个", "每位", "每名", "每块", "每台", "每张", "每颗", "每套", "每座", "每户", "每", "/"];
    // "一个机柜120千瓦" is "a rack draws 120 kW": one of a thing, counted with its measure word.
    private static readonly string[] ClassifiersAfterOne = ["一个", "一台", "一张", "一块", "一颗", "一位", "一名", "一座", "一套", "一户"];

    public QuantityReading Read(QuestionText question, IReadOnlyList<CueHit> cues)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(cues);
        var text = question.Text;
        var lower = question.Lower;
        var figures = SafeExtract(text);
        var dates = figures.Where(f => f.Kind == FigureKind.Date).ToList();
        var numbers = figures.Where(f => f.Kind != FigureKind.Date).ToList();
        // "前一天收盘175美元": a unit of time inside a point in time is no duration (and no rate "per day").
        var points = units.PointPhrases.SelectMany(p => p.Matches(lower)).ToList();
        // "in the first GW" names a phase, not a unit the question measures in.
        var mentions = units.Find(lower).Where(m => !figures.Any(f => Overlaps(f.Start, f.Length, m.Start, m.Length)) && !points.Any(p => Overlaps(p.Start, p.Length, m.Start, m.Length))
            && !NamesPointInTime(lower, m)
            && !(m.Kind == UnitMentionKind.Unit && PrecededBy(lower, m.Start, "first", "second", "1st", "2nd"))).ToList();
        var clauses = new Clauses(text, cues);

        var quantities = new List<StatedQuantity>();
        var consumed = new HashSet<UnitMention>();
        foreach (var figure in numbers)
        {
            if (Read(figure, text, lower, mentions, consumed, cues) is { } stated)
            {
                quantities.Add(stated);
            }
        }

        var perTargets = new List<UnitMention>();
        foreach (var mention in mentions.Where(m => m.Kind != UnitMentionKind.Currency && !consumed.Contains(m)))
        {
            var marker = PerMarker(lower, mention);
            if (marker == Marker.None && mention.Kind == UnitMentionKind.Counted && quantities.Any(q => Describes(q, mention, lower)))
            {
                // "those 150 kW racks", "120千瓦的机柜": a measure written on the thing is that thing's, one each.
                marker = Marker.Article;
            }
            if (marker == Marker.None && mention.Dimension.IsTime && (IsTimeWord(mention) || !PrecededBy(lower, mention.Start, "几", "几多", "多少", "many", "in", "换成", "算成", "成")))
            {
                // "a full year", "the whole year", "一年": a span of one unit.
                marker = Marker.Article;
            }

            if (marker == Marker.None)
            {
                continue;
            }

            var index = Attach(mention, marker, quantities, clauses, lower, cues);
            if (index >= 0)
            {
                var rate = quantities[index];
                consumed.Add(mention);
                if (Arithmetic(() => rate.Quantity.Value / mention.Factor) is not { } perUnit)
                {
                    // A rate beyond what any amount can hold is read as no rate.
                    continue;
                }

                var start = Math.Min(rate.Start, mention.Start);
                var end = Math.Max(rate.End, mention.End);
                quantities[index] = rate with
                {
                    Quantity = rate.Quantity with { Value = perUnit, Dimension = rate.Quantity.Dimension / mention.Dimension },
                    Start = start,
                    Length = end - start,
                    Surface = text[start..end],
                };
            }
            else if (mention.Dimension.IsTime && !(marker == Marker.Explicit && clauses.AsksAfter(mention.Start)))
            {
                // "for a year", "10吉瓦一年": a span of time to compute over.
                quantities.Add(Unit(mention, text, clauses));
                consumed.Add(mention);
            }
            else if (clauses.InScale(mention.Start))
            {
                // "at the same $ per GW": the rate the sources imply, neither an operand nor what is asked.
                consumed.Add(mention);
            }
            else if (clauses.AsksAfter(mention.Start) || clauses.Asks(mention.Start) || (marker == Marker.Explicit && !clauses.Supposes(mention.Start)))
            {
                perTargets.Add(mention);
                consumed.Add(mention);
            }
            else
            {
                quantities.Add(Unit(mention, text, clauses));
                consumed.Add(mention);
            }
        }

        ReadExchangeRates(text, lower, figures, mentions, quantities, clauses);
        MarkUnitRates(quantities, clauses);
        var target = Target(mentions.Where(m => !consumed.Contains(m)).ToList(), perTargets, clauses, lower, quantities, cues);
        return new QuantityReading(quantities.OrderBy(q => q.Start).ToList(), dates, target)
        {
            FreeUnits = mentions.Where(m => m.Kind == UnitMentionKind.Unit && !consumed.Contains(m)).ToList(),
            Counted = mentions.Where(m => m.Kind == UnitMentionKind.Counted && !m.Dimension.IsNone).ToList(),
        };
    }

    // "one GW holds 50,000 GPUs", "1 GW costs $45bn": one of a unit beside another amount in its clause defines a
    // rate, so it is what that amount is divided by, not a third amount to multiply.
    private static void MarkUnitRates(List<StatedQuantity> quantities, Clauses clauses)
    {
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (q.Divisor || q.UnitOnly || q.ExchangeRate || q.Quantity.IsPercent || q.Quantity.Dimension.IsNone || !StatesOne(q.Surface))
            {
                continue;
            }

            if (quantities.Any(o => !ReferenceEquals(o, q) && !o.UnitOnly && !o.ExchangeRate && !o.Quantity.IsPercent && !o.Quantity.Dimension.IsNone
                && !o.Quantity.Dimension.Equals(q.Quantity.Dimension) && clauses.Same(o.Start, q.Start)))
            {
                quantities[i] = q with { Divisor = true };
            }
        }
    }

    private static bool StatesOne(string surface)
    {
        var lower = surface.TrimStart().ToLowerInvariant();
        return OneWords.Any(w => lower.StartsWith(w, StringComparison.Ordinal) && (lower.Length == w.Length || !char.IsDigit(lower[w.Length]) && lower[w.Length] != '.' && lower[w.Length] != ','));
    }

    // A product or quotient beyond decimal is no amount at all.
    private static decimal? Arithmetic(Func<decimal> operation)
    {
        try
        {
            return operation();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private IReadOnlyList<Figure> SafeExtract(string text)
    {
        try
        {
            return InYear(extractor.ExtractNumbers(text), text);
        }
        catch (OverflowException)
        {
            // A number too large for any figure is not a figure; the rest of the question is still read.
            return [];
        }
    }

    // "from 2025-09-22 to thanksgiving 2026 (nov 26)", "到2026年双十一（11月11日）": a day written without its year is
    // in the year the question last named before it (or, with none before, the first after it).
    private IReadOnlyList<Figure> InYear(IReadOnlyList<Figure> figures, string text)
    {
        var years = figures.Where(f => f.Kind == FigureKind.Date && f.From is { } from && f.To is { } to && from.Year == to.Year).ToList();
        if (years.Count == 0 || !figures.Any(Yearless))
        {
            return figures;
        }

        return [.. figures.Select(f =>
        {
            if (!Yearless(f))
            {
                return f;
            }

            var year = (years.LastOrDefault(y => y.Start < f.Start) ?? years.First(y => y.Start > f.Start)).From!.Value.Year;
            var placed = extractor.ExtractNumbers(text.Substring(f.Start, f.Length), year).FirstOrDefault(d => d.Kind == FigureKind.Date && d.From is not null);
            return placed is null ? f : placed with { Start = f.Start + placed.Start };
        })];
    }

    private static bool LooksLikeAYear(Figure figure) => figure.Value == decimal.Truncate(figure.Value) && figure.Value is >= 1900 and <= 2100;

    private static bool Yearless(Figure figure) => figure.Kind == FigureKind.Date && figure.From is null;

    private StatedQuantity? Read(Figure figure, string text, string lower, List<UnitMention> mentions, HashSet<UnitMention> consumed, IReadOnlyList<CueHit> cues)
    {
        Quantity? quantity = figure.Kind switch
        {
            FigureKind.Money => new Quantity(figure.Value, Dimension.Money(figure.Unit)),
            FigureKind.Power => new Quantity(figure.Value, Dimension.Watts),
            FigureKind.Energy => new Quantity(figure.Value, Dimension.WattHours),
            FigureKind.Percent => Quantity.Percent(figure.Value),
            FigureKind.Multiple => Quantity.Plain(figure.Value),
            _ => null,
        };

        if (figure.Kind == FigureKind.Count)
        {
            // A count names what it counts right after it ("8m homes", "800万户"), or is a number of a unit ("6 months").
            // The thing counted follows the number, perhaps after one word ("6 equal installments", "800多万户").
            // Not past another number: "1000亿分5期" counts the 5, not the 1000亿, in instalments.
            var next = mentions.FirstOrDefault(m => !consumed.Contains(m) && m.Start >= figure.Start + figure.Length && Gap(lower, figure.Start + figure.Length, m.Start) <= CountedGap
                && (m.Kind == UnitMentionKind.Counted || Gap(lower, figure.Start + figure.Length, m.Start) <= 2)
                && !lower.AsSpan(figure.Start + figure.Length, m.Start - figure.Start - figure.Length).ContainsAny(Digits)
                && !cues.Any(c => c.Cue == "op.per" && c.Start >= figure.Start + figure.Length && c.Start < m.Start)
                && (!IsSingleCjk(m) || lower[(figure.Start + figure.Length)..m.Start].Trim().All(c => c is '多' or '余' or '个')));
            if (next is { Kind: UnitMentionKind.Counted })
            {
                consumed.Add(next);
                quantity = new Quantity(figure.Value, next.Dimension);
            }
            else if (next is { Kind: UnitMentionKind.Unit })
            {
                consumed.Add(next);
                // "450,611,816,818,877,912,997,451,608 months" is no amount anything can hold.
                if (Arithmetic(() => figure.Value * next.Factor) is not { } scaled)
                {
                    return null;
                }

                quantity = new Quantity(scaled, next.Dimension);
            }
            else if (next is { Kind: UnitMentionKind.Currency } && Gap(lower, figure.Start + figure.Length, next.Start) == 0)
            {
                // "0.08刀", "7.1 yuan": an amount in a currency the number's own sign did not give. Only right after the
                // number: "100bn in euros" asks for euros, it does not state them.
                consumed.Add(next);
                quantity = new Quantity(figure.Value, next.Dimension);
            }
            else if (IsScaledCount(figure) && CountedBefore(figure, lower, mentions, cues) is { } before)
            {
                // "周活从7亿涨到10亿", "weekly users go from 700m": the thing counted was named just before the number.
                quantity = new Quantity(figure.Value, before.Dimension);
            }
            else if (IsScaledCount(figure))
            {
                // A scaled count with nothing named: money when it is that large ("the 500bn valuation"), else a
                // plain amount ("800万").
                quantity = figure.Value >= UnnamedMoneyFloor ? new Quantity(figure.Value, Dimension.Money(FigureUnits.Usd)) : new Quantity(figure.Value, Dimension.Count("thing"));
            }
            else if (cues.Any(c => c.Cue == "op.after") && !LooksLikeAYear(figure))
            {
                // "nvda at 200 before the news, where was it after the 4.4% pop?": where a price lands after a move, the
                // bare number is the price.
                quantity = new Quantity(figure.Value, Dimension.Money(FigureUnits.Usd));
            }
            else
            {
                return null;
            }
        }

        if (quantity is null)
        {
            return null;
        }

        var start = figure.Start;
        return new StatedQuantity(quantity, figure.Surface, start, figure.Length)
        {
            Figure = figure,
            Negated = Negated(lower, start, cues),
            Divisor = DividesBy(lower, start),
            Role = CalledValuation(lower, figure) ? "valuation" : null,
        };
    }

    private static StatedQuantity Unit(UnitMention mention, string text, Clauses clauses) =>
        new(new Quantity(mention.Factor, mention.Dimension), text.Substring(mention.Start, mention.Length), mention.Start, mention.Length) { UnitOnly = true };

    // Which stated quantity a "per X" divides: the nearest one in its clause, when the two belong together.
    private static int Attach(UnitMention mention, Marker marker, List<StatedQuantity> quantities, Clauses clauses, string lower, IReadOnlyList<CueHit> cues)
    {
        var best = -1;
        var bestGap = int.MaxValue;
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (q.UnitOnly || q.ExchangeRate || !clauses.Same(q.Start, mention.Start) || q.Quantity.Dimension.Equals(mention.Dimension) || q.Quantity.IsPercent)
            {
                continue;
            }

            // Time ("a year", "每月") makes a rate of money or of energy used: "$8bn a year", "一个月用电900度";
            // "10 GW for a year" is a span.
            if (mention.Dimension.IsTime && !q.Quantity.Dimension.IsMoney && !q.Quantity.Dimension.IsEnergy)
            {
                continue;
            }

            var (from, to) = q.Start < mention.Start ? (q.End, mention.Start) : (mention.End, q.Start);
            var gap = Gap(lower, from, Math.Max(from, to));
            var window = lower.AsSpan(Math.Min(q.Start, mention.Start), Math.Abs(q.Start - mention.Start)).ContainsAny(CjkChars) ? CjkWindow : LatinWindow;
            if (marker == Marker.Article && mention.Dimension.IsTime)
            {
                window = 4;
            }

            // "1000亿平均每个用户多少", "100bn on average per user": a word of dividing between the number and its "per"
            // asks for the division; the number is no rate.
            if (q.Start < mention.Start && cues.Any(c => c.Cue == "op.per" && c.Start >= q.End && c.End <= mention.Start && Gap(lower, c.End, mention.Start) > 1))
            {
                continue;
            }

            // English writes a rate's "per" after its number ("$45bn per GW"): a "per" before one belongs to what is
            // asked ("the average power per household implied by 10GW"); "a GW costs $45bn", "each GW costs $45bn" are
            // written the other way.
            // Chinese writes "每" either side ("每户10千瓦").
            if (q.Start > mention.Start && window == LatinWindow && EndsWithWord(lower[..mention.Start].TrimEnd(), "per"))
            {
                continue;
            }

            // "1000亿美元摊到每个用户头上是多少": the question asks for the division; it is not a stated rate. A rate written
            // tight ("$0.08/kWh", "$45bn per GW") is one whatever the clause asks.
            if (q.Start < mention.Start && clauses.AsksAfter(mention.Start) && gap > TightGap)
            {
                continue;
            }

            // "100bn spread over 700m users = $ per user": a rate is written next to its number, not past another one.
            var past = quantities.Any(o => !ReferenceEquals(o, q) && !o.UnitOnly && o.Start >= from && o.Start < to);
            if (gap <= window && gap < bestGap && !past && !lower.AsSpan(from, Math.Max(0, to - from)).Contains(" for ", StringComparison.Ordinal))
            {
                (best, bestGap) = (i, gap);
            }
        }

        return best;
    }

    private static readonly System.Buffers.SearchValues<char> CjkChars = System.Buffers.SearchValues.Create(Enumerable.Range(0x4e00, 0x9fff - 0x4e00 + 1).Select(c => (char)c).ToArray());

    private const string NotArticleBeforeOne = "第头首同唯统每单";

    private static Marker PerMarker(string lower, UnitMention mention)
    {
        var before = lower[..mention.Start].TrimEnd();
        if (ExplicitPerCjk.Any(before.EndsWith) || ExplicitPerLatin.Any(w => EndsWithWord(before, w)))
        {
            return Marker.Explicit;
        }

        // "一户" is "a household"; "第一笔", "头一笔", "同一期" count or pick one out, they do not divide by it.
        if (ArticleLatin.Any(w => EndsWithWord(before, w)) || (before.EndsWith('一') && (before.Length < 2 || !NotArticleBeforeOne.Contains(before[^2])))
            || (ClassifiersAfterOne.Any(before.EndsWith) && (before.Length < 3 || !NotArticleBeforeOne.Contains(before[^3]))))
        {
            return Marker.Article;
        }

        return Marker.None;
    }

    // "annual", "一年", "全年" carry their own "one".
    private static bool IsTimeWord(UnitMention mention) => mention.Name is "annual" or "annually" or "yearly" or "一年" or "全年";

    private static bool EndsWithWord(string text, string word) =>
        text.EndsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetterOrDigit(text[^(word.Length + 1)]));

    private void ReadExchangeRates(string text, string lower, IReadOnlyList<Figure> figures, List<UnitMention> mentions, List<StatedQuantity> quantities, Clauses clauses)
    {
        var currencies = mentions.Where(m => m.Kind == UnitMentionKind.Currency).ToList();

        // "7.1 yuan to the dollar", "7.2人民币兑1美元": an amount of another currency per dollar is a rate.
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (q.Quantity.Dimension.Currency is { } currency && currency != FigureUnits.Usd && !q.ExchangeRate)
            {
                var after = lower[q.End..Math.Min(lower.Length, q.End + 16)];
                if (after.Contains("to the dollar", StringComparison.Ordinal) || after.Contains("per dollar", StringComparison.Ordinal) || after.Contains("to a dollar", StringComparison.Ordinal)
                    || after.Contains("兑1美元", StringComparison.Ordinal) || after.Contains("兑一美元", StringComparison.Ordinal) || after.Contains("/usd", StringComparison.Ordinal))
                {
                    quantities[i] = q with { Quantity = new Quantity(q.Quantity.Value, Dimension.Money(currency) / Dimension.Money(FigureUnits.Usd)), ExchangeRate = true };
                }
            }
        }
        // "1 GBP = 1.35 USD", "1美元兑7.1人民币": two amounts of money set equal are a rate, the second per the first.
        for (var i = 0; i + 1 < quantities.Count; i++)
        {
            var (a, b) = (quantities[i], quantities[i + 1]);
            if (a.Quantity.Dimension.Currency is { } per && b.Quantity.Dimension.Currency is { } into && per != into && !a.ExchangeRate && !b.ExchangeRate
                && a.Quantity.Value > 0 && b.Start >= a.End && EqualsWords.Contains(lower[a.End..b.Start].Trim()))
            {
                quantities[i] = new StatedQuantity(new Quantity(b.Quantity.Value / a.Quantity.Value, Dimension.Money(into) / Dimension.Money(per)), text[a.Start..b.End], a.Start, b.End - a.Start)
                {
                    Figure = b.Figure,
                    ExchangeRate = true,
                };
                quantities.RemoveAt(i + 1);
            }
        }

        foreach (var figure in figures.Where(f => f.Kind == FigureKind.Count && f.Unit == FigureUnits.Count && f.Value is > 0 and < 1000))
        {
            if (quantities.Any(q => Overlaps(q.Start, q.Length, figure.Start, figure.Length)))
            {
                continue;
            }

            var clauseStart = clauses.StartOf(figure.Start);
            var before = lower[clauseStart..figure.Start];
            var pair = PairBefore(lower, figure.Start, currencies);
            var introduced = units.RatePhrases.Any(p => p.Matches(before).Any(m => m.Start + m.Length >= before.TrimEnd().Length - 1 || before.Length - (m.Start + m.Length) <= 8));
            if (pair is null && !introduced)
            {
                continue;
            }

            // "eur/usd is 1.17": one euro costs 1.17 dollars. "at 0.93" (to euros): one dollar buys 0.93 of the target.
            var (per, into) = pair ?? (FigureUnits.Usd, TargetCurrency(currencies) ?? string.Empty);
            if (into.Length == 0 || per == into)
            {
                continue;
            }

            quantities.Add(new StatedQuantity(new Quantity(figure.Value, Dimension.Money(into) / Dimension.Money(per)), text.Substring(figure.Start, figure.Length), figure.Start, figure.Length)
            {
                Figure = figure,
                ExchangeRate = true,
            });
        }
    }

    private static readonly HashSet<string> EqualsWords = new(StringComparer.Ordinal) { "=", "==", "is", "equals", "is worth", "buys", "兑", "兑换", "换", "等于", "可换", ":", "：" };

    // "eur/usd is 1.17", "EUR/USD 1.17": the quote currency per unit of the base currency.
    private static (string Per, string Into)? PairBefore(string lower, int at, List<UnitMention> currencies)
    {
        for (var i = 0; i + 1 < currencies.Count; i++)
        {
            var (a, b) = (currencies[i], currencies[i + 1]);
            if (b.Start > at || at - b.End > 12)
            {
                continue;
            }

            var between = lower[a.End..b.Start].Trim();
            if (between == "/")
            {
                return (a.Dimension.Currency!, b.Dimension.Currency!);
            }
        }

        return null;
    }

    private static string? TargetCurrency(List<UnitMention> currencies) =>
        currencies.Select(c => c.Dimension.Currency!).FirstOrDefault(c => c != FigureUnits.Usd);

    private static QuantityTarget Target(List<UnitMention> free, List<UnitMention> perTargets, Clauses clauses, string lower, List<StatedQuantity> quantities, IReadOnlyList<CueHit> cues)
    {
        var asked = free.Where(m => clauses.Asks(m.Start) || clauses.AsksAfter(m.Start) || PrecededBy(lower, m.Start, "in", "into", "to", "换成", "折合", "算成", "合", "转换成")).ToList();
        var unit = asked.LastOrDefault(m => m.Kind == UnitMentionKind.Unit && !m.Dimension.IsTime);
        var timeUnit = asked.LastOrDefault(m => m.Kind == UnitMentionKind.Unit && m.Dimension.IsTime && PrecededBy(lower, m.Start, "几", "几多", "多少", "many", "in", "换成", "算成", "成"));
        var currency = free.Where(m => m.Kind == UnitMentionKind.Currency)
            .LastOrDefault(m => m.Dimension.Currency != FigureUnits.Usd || PrecededBy(lower, m.Start, "in", "into", "换成", "折合"))?.Dimension.Currency
            ?? quantities.FirstOrDefault(q => q.ExchangeRate)?.Quantity.Dimension.Split().Numerator.Currency;
        // What a count counts only when it is asked ("how many households", "多少户"), not any noun of the question.
        var counted = asked.LastOrDefault(m => m.Kind == UnitMentionKind.Counted && !m.Dimension.IsNone && CountAsked(cues, m.Start));
        return new QuantityTarget(unit ?? timeUnit, currency, counted, perTargets.LastOrDefault());
    }

    // A count is asked when a word of asking how many stands shortly before the thing counted; a bare "what" or
    // "which" only right before it ("which households"), not a clause away ("what's this thing people keep saying").
    // A count word inside a longer list cue ("几家" in "哪几家") asks which, not how many.
    private static bool CountAsked(IReadOnlyList<CueHit> cues, int at) =>
        cues.Any(c => c.End <= at && !InsideList(cues, c) && (c.Cue is "ask.count" or "ask.howmuch" ? at - c.End <= CountReach : c.Cue == "ask.interrogative" && at - c.End <= InterrogativeReach));

    private static bool InsideList(IReadOnlyList<CueHit> cues, CueHit hit) =>
        cues.Any(list => list.Cue == "ask.list" && list.Start <= hit.Start && list.End >= hit.End && list.Length > hit.Length);

    // "the day the LOI was announced", "what year": a unit of time right after a point word is a date, not a span;
    // "for the year" is a span again.
    private bool NamesPointInTime(string lower, UnitMention mention)
    {
        if (!mention.Dimension.IsTime || mention.Kind != UnitMentionKind.Unit || !units.PointNouns.Contains(lower.Substring(mention.Start, mention.Length)))
        {
            return false;
        }

        var before = lower[..mention.Start].TrimEnd();
        var lead = units.PointLeads.FirstOrDefault(w => EndsWithWord(before, w));
        return lead is not null && !units.SpanLeads.Any(w => EndsWithWord(before[..^lead.Length].TrimEnd(), w));
    }

    private static bool PrecededBy(string lower, int at, params string[] words)
    {
        var before = lower[..at].TrimEnd();
        return words.Any(w => w.Any(Languages.IsCjk) ? before.EndsWith(w, StringComparison.Ordinal) : EndsWithWord(before, w));
    }

    // "per 4 GW", "/ 4 GW", "每3吉瓦": the number follows the word of dividing.
    private static bool DividesBy(string lower, int start)
    {
        var before = lower[..start].TrimEnd();
        return ExplicitPerCjk.Any(before.EndsWith) || ExplicitPerLatin.Any(w => EndsWithWord(before, w));
    }

    private static bool Negated(string lower, int start, IReadOnlyList<CueHit> cues) =>
        cues.Any(c => c.Cue == "frame.negation" && c.End <= start && start - c.End <= 3);

    private static bool CalledValuation(string lower, Figure number)
    {
        var before = lower[Math.Max(0, number.Start - ValuationReach)..number.Start];
        var end = number.Start + number.Length;
        var after = lower[end..Math.Min(lower.Length, end + ValuationReach)];
        return before.Contains("valuation", StringComparison.Ordinal) || before.Contains("valued", StringComparison.Ordinal) || before.Contains("估值", StringComparison.Ordinal)
            || after.TrimStart().StartsWith("valuation", StringComparison.Ordinal) || after.TrimStart(' ', '-').StartsWith("pre-money", StringComparison.Ordinal)
            || after.TrimStart(' ', '-').StartsWith("post-money", StringComparison.Ordinal) || after.Contains("估值", StringComparison.Ordinal) && after.IndexOf("估值", StringComparison.Ordinal) <= 3;
    }

    private const int CountedBeforeReach = 12;

    // A count written with a scale ("7亿", "700m"), not digits alone.
    private static bool IsScaledCount(Figure figure) =>
        figure.Unit == FigureUnits.Count && figure.Surface.Any(c => !char.IsDigit(c) && c is not '.' and not ',');

    // A measure (not a count) written right before a counted thing, with at most "的" or a hyphen between.
    private static bool Describes(StatedQuantity quantity, UnitMention counted, string lower) =>
        !quantity.UnitOnly && !quantity.Quantity.IsPercent && !quantity.Quantity.Dimension.IsNone && !quantity.Quantity.Dimension.CountedNouns.Any()
        && quantity.End <= counted.Start && lower[quantity.End..counted.Start].Trim() is "" or "的" or "-";

    // A counted thing named a few words before the number, with no currency between them. It is not consumed: the
    // next number ("从7亿涨到10亿") counts the same thing.
    // The thing a question asks to count ("how many racks does the first 10 billion buy") is not what the number counts,
    // nor the thing it divides by ("spend per user implied by 100bn").
    private static UnitMention? CountedBefore(Figure figure, string lower, List<UnitMention> mentions, IReadOnlyList<CueHit> cues) =>
        mentions.LastOrDefault(m => m.Kind == UnitMentionKind.Counted && !CountAsked(cues, m.Start) && !m.Dimension.IsNone && m.End <= figure.Start && Gap(lower, m.End, figure.Start) <= CountedBeforeReach
            && PerMarker(lower, m) != Marker.Explicit
            && !mentions.Any(c => c.Kind == UnitMentionKind.Currency && c.Start >= m.End && c.Start < figure.Start)
            && lower.AsSpan(m.End, figure.Start - m.End).IndexOfAny(ClauseBreaks) < 0);

    // "周活到了20亿，1000亿平均每个用户多少": a number past a clause break counts something of its own.
    private static readonly char[] ClauseBreaks = ['，', ',', '；', ';', '。'];

    // "200亿，持股比例": one Chinese character counts the number it stands right after ("100股", "800多万户"), not one
    // a few words before it.
    private static bool IsSingleCjk(UnitMention mention) => mention.Length == 1 && Core.Documents.Languages.IsCjk(mention.Name[0]);

    private static int Gap(string lower, int from, int to)
    {
        var gap = 0;
        for (var i = from; i < to && i < lower.Length; i++)
        {
            if (!char.IsWhiteSpace(lower[i]))
            {
                gap++;
            }
        }

        return gap;
    }

    private static bool Overlaps(int aStart, int aLength, int bStart, int bLength) => aStart < bStart + bLength && bStart < aStart + aLength;

    private enum Marker
    {
        None,
        Explicit,
        Article,
    }
}
