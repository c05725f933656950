using System.Reflection;
using System.Text.Json;
using DealBot.Answering.Understanding;
using DealBot.Core.Documents;

namespace DealBot.Answering.Quantities;

/// <summary>
/// The units members name, as data (<c>units.json</c>, embedded): power, energy and time units with their factor to
/// the base unit, currencies, and counted things (households, users, chips). Used to read rates ("$0.08/kWh", "每户
/// 1.2千瓦"), conversion targets ("in MW", "换成人民币") and what a count counts ("8m homes").
/// </summary>
public sealed class UnitCatalog
{
    private readonly List<(UnitMention Template, PhraseMatcher Matcher)> _names;

    private UnitCatalog(List<(UnitMention, PhraseMatcher)> names, IReadOnlyList<UnitMention> units, IReadOnlyList<PhraseMatcher> ratePhrases, IReadOnlyList<PhraseMatcher> pointPhrases,
        IReadOnlyList<string> pointLeads, IReadOnlyList<string> spanLeads, IReadOnlyList<string> pointNouns)
    {
        // Longest names first, so "kwh" is read before "kw" and "美元" before any shorter name inside it.
        _names = [.. names.OrderByDescending(n => n.Item2.Phrase.Length)];
        Units = units;
        RatePhrases = ratePhrases;
        PointPhrases = pointPhrases;
        PointLeads = pointLeads;
        SpanLeads = spanLeads;
        PointNouns = pointNouns;
    }

    /// <summary>Every name of every unit, currency and counted thing.</summary>
    public IEnumerable<string> Names => _names.Select(n => n.Template.Name);

    /// <summary>Every unit, currency and counted thing, one entry each (its first name).</summary>
    public IReadOnlyList<UnitMention> Units { get; }

    /// <summary>Phrases that introduce an exchange rate ("at", "rate of", "汇率").</summary>
    internal IReadOnlyList<PhraseMatcher> RatePhrases { get; }

    /// <summary>Phrases naming a point in time with a unit of time in them ("前一天", "the day before"): no duration.</summary>
    internal IReadOnlyList<PhraseMatcher> PointPhrases { get; }

    /// <summary>Words after which a unit of time names a point in time ("the day …", "what year").</summary>
    internal IReadOnlyList<string> PointLeads { get; }

    /// <summary>Words that make "the day", "the year" after them a span again ("for the year").</summary>
    internal IReadOnlyList<string> SpanLeads { get; }

    /// <summary>The units of time that name a point after a point word: nouns ("the day"), not adjectives ("the annual bill").</summary>
    internal IReadOnlyList<string> PointNouns { get; }

    public static UnitCatalog Embedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DealBot.Answering.Quantities.units.json")
            ?? throw new InvalidOperationException("The unit catalog is missing from the assembly.");
        return Load(stream);
    }

    /// <exception cref="FormatException">The file is not a unit catalog.</exception>
    public static UnitCatalog Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var names = new List<(UnitMention, PhraseMatcher)>();
            var units = new List<UnitMention>();
            foreach (var unit in root.GetProperty("units").EnumerateArray())
            {
                var dimension = unit.GetProperty("base").GetString() switch
                {
                    "power" => Dimension.Watts,
                    "energy" => Dimension.WattHours,
                    "time" => Dimension.Hours,
                    var other => throw new FormatException($"unknown unit base '{other}'"),
                };
                Add(new UnitMention(UnitMentionKind.Unit, dimension, unit.GetProperty("factor").GetDecimal(), Display(unit), string.Empty, 0, 0), unit);
            }

            foreach (var currency in root.GetProperty("currencies").EnumerateArray())
            {
                var code = currency.GetProperty("code").GetString()!;
                Add(new UnitMention(UnitMentionKind.Currency, Dimension.Money(code), 1, new(code, code), string.Empty, 0, 0), currency);
            }

            foreach (var counted in root.GetProperty("counted").EnumerateArray())
            {
                var noun = counted.GetProperty("noun").GetString()!;

                // Parts of a whole ("6 equal installments") divide an amount into amounts: a plain number.
                var plain = counted.TryGetProperty("plain", out var p) && p.GetBoolean();
                Add(new UnitMention(UnitMentionKind.Counted, plain ? Dimension.None : Dimension.Count(noun), 1, Display(counted), string.Empty, 0, 0), counted);
            }

            var rates = root.GetProperty("rate").EnumerateObject().SelectMany(l => l.Value.EnumerateArray()).Select(p => new PhraseMatcher(p.GetString()!)).ToList();
            var points = root.TryGetProperty("points", out var listed) ? listed.EnumerateObject().SelectMany(l => l.Value.EnumerateArray()).Select(p => new PhraseMatcher(p.GetString()!)).ToList() : [];
            var leads = root.TryGetProperty("pointLeads", out var l) ? l : default;
            return new UnitCatalog(names, units, rates, points, Words(leads, "point"), Words(leads, "span"), Words(leads, "nouns"));

            static List<string> Words(JsonElement leads, string name) =>
                leads.ValueKind == JsonValueKind.Object && leads.TryGetProperty(name, out var words) ? [.. words.EnumerateArray().Select(w => w.GetString()!)] : [];

            void Add(UnitMention template, JsonElement element)
            {
                var all = element.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToList();
                units.Add(template with { Name = all[0] });
                names.AddRange(all.Select(n => (template with { Name = n }, new PhraseMatcher(n))));
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"The unit catalog is not valid: {ex.Message}", ex);
        }
    }

    /// <summary>The units, currencies and counted things named in <paramref name="lower"/>, without overlaps, in text order.</summary>
    public IReadOnlyList<UnitMention> Find(string lower)
    {
        ArgumentNullException.ThrowIfNull(lower);
        var taken = new bool[lower.Length];
        var found = new List<UnitMention>();
        foreach (var (template, matcher) in _names)
        {
            foreach (var (start, length) in matcher.Matches(lower))
            {
                if (taken.AsSpan(start, length).Contains(true))
                {
                    continue;
                }

                taken.AsSpan(start, length).Fill(true);
                found.Add(template with { Start = start, Length = length });
            }
        }

        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The display unit of <paramref name="dimension"/> whose factor is <paramref name="factor"/>, if the catalog has one.</summary>
    public UnitMention? UnitOf(Dimension dimension, decimal factor) =>
        Units.FirstOrDefault(u => u.Kind == UnitMentionKind.Unit && u.Dimension.Equals(dimension) && u.Factor == factor);

    /// <summary>The counted thing named <paramref name="noun"/>.</summary>
    public UnitMention? Counted(string noun) => Units.FirstOrDefault(u => u.Kind == UnitMentionKind.Counted && u.Dimension.CountedNoun == noun);

    private static LocalizedName Display(JsonElement element) =>
        element.TryGetProperty("display", out var display)
            ? new LocalizedName(display.GetProperty(Languages.English).GetString()!, display.GetProperty(Languages.Chinese).GetString()!)
            : new LocalizedName(string.Empty, string.Empty);
}

/// <summary>What kind of thing a <see cref="UnitMention"/> names.</summary>
public enum UnitMentionKind
{
    Unit,
    Currency,
    Counted,
}

/// <summary>A unit, currency or counted thing, and where a text names it.</summary>
/// <param name="Kind">Unit, currency or counted thing.</param>
/// <param name="Dimension">What it measures.</param>
/// <param name="Factor">Base units in one of it (1e9 for GW, 8760 for a year).</param>
/// <param name="Display">How the bot writes it.</param>
/// <param name="Name">The name as found.</param>
/// <param name="Start">Where the name starts.</param>
/// <param name="Length">The name's length.</param>
public sealed record UnitMention(UnitMentionKind Kind, Dimension Dimension, decimal Factor, LocalizedName Display, string Name, int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>A name in both languages.</summary>
public sealed record LocalizedName(string En, string Zh)
{
    public string For(string language) => language == Languages.Chinese ? Zh : En;
}
