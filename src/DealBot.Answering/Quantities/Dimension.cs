using System.Collections.Immutable;

namespace DealBot.Answering.Quantities;

/// <summary>
/// What a quantity measures, as exponents of base dimensions: money of one currency ("money:USD"), power (watts), time
/// (hours) and a counted thing ("count:household"). Energy is power × time; "US$10 billion per GW" is money:USD ×
/// power⁻¹; an exchange rate is money:EUR × money:USD⁻¹. Dimensions decide which operands can be combined and what a
/// calculation's result measures.
/// </summary>
public sealed class Dimension : IEquatable<Dimension>
{
    public const string Power = "power";
    public const string Time = "time";
    private const string MoneyPrefix = "money:";
    private const string CountPrefix = "count:";

    private Dimension(ImmutableSortedDictionary<string, int> exponents) => Exponents = exponents;

    /// <summary>The base dimensions and their exponents; none for a plain number.</summary>
    public ImmutableSortedDictionary<string, int> Exponents { get; }

    /// <summary>A plain number (a ratio, a multiple, a percentage).</summary>
    public static Dimension None { get; } = new(ImmutableSortedDictionary<string, int>.Empty.WithComparers(StringComparer.Ordinal));

    public static Dimension Watts { get; } = Of(Power);

    public static Dimension Hours { get; } = Of(Time);

    public static Dimension WattHours { get; } = Watts * Hours;

    public static Dimension Money(string currency) => Of(MoneyPrefix + currency);

    public static Dimension Count(string noun) => Of(CountPrefix + noun);

    public bool IsNone => Exponents.Count == 0;

    /// <summary>The currency when this is an amount of money; null otherwise.</summary>
    public string? Currency => Exponents.Count == 1 && Exponents.First() is { Key: var key, Value: 1 } && key.StartsWith(MoneyPrefix, StringComparison.Ordinal) ? key[MoneyPrefix.Length..] : null;

    /// <summary>The counted noun when this is a count of things; null otherwise.</summary>
    public string? CountedNoun => Exponents.Count == 1 && Exponents.First() is { Key: var key, Value: 1 } && key.StartsWith(CountPrefix, StringComparison.Ordinal) ? key[CountPrefix.Length..] : null;

    public bool IsMoney => Currency is not null;

    public bool IsPower => Equals(Watts);

    public bool IsEnergy => Equals(WattHours);

    public bool IsTime => Equals(Hours);

    /// <summary>The currencies this dimension involves (one for an amount, two for an exchange rate).</summary>
    /// <summary>The nouns counted anywhere in this dimension ("rack" of power per rack).</summary>
    public IEnumerable<string> CountedNouns => Exponents.Keys.Where(k => k.StartsWith(CountPrefix, StringComparison.Ordinal)).Select(k => k[CountPrefix.Length..]);

    public IEnumerable<string> Currencies => Exponents.Keys.Where(k => k.StartsWith(MoneyPrefix, StringComparison.Ordinal)).Select(k => k[MoneyPrefix.Length..]);

    /// <summary>The dimension of a ratio's numerator (positive exponents) and denominator (negative ones).</summary>
    public (Dimension Numerator, Dimension Denominator) Split() =>
        (new(Exponents.Where(e => e.Value > 0).ToImmutableSortedDictionary(StringComparer.Ordinal)),
         new(Exponents.Where(e => e.Value < 0).ToImmutableSortedDictionary(e => e.Key, e => -e.Value, StringComparer.Ordinal)));

    public static Dimension operator *(Dimension a, Dimension b) => Combine(a, b, 1);

    public static Dimension operator /(Dimension a, Dimension b) => Combine(a, b, -1);

    public bool Equals(Dimension? other) =>
        other is not null && Exponents.Count == other.Exponents.Count && Exponents.All(e => other.Exponents.TryGetValue(e.Key, out var x) && x == e.Value);

    public override bool Equals(object? obj) => obj is Dimension other && Equals(other);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (key, value) in Exponents)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => IsNone ? "1" : string.Join("·", Exponents.Select(e => e.Value == 1 ? e.Key : $"{e.Key}^{e.Value}"));

    private static Dimension Of(string key) => new(ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal).Add(key, 1));

    private static Dimension Combine(Dimension a, Dimension b, int sign)
    {
        var builder = a.Exponents.ToBuilder();
        foreach (var (key, value) in b.Exponents)
        {
            var sum = (builder.TryGetValue(key, out var existing) ? existing : 0) + (sign * value);
            if (sum == 0)
            {
                builder.Remove(key);
            }
            else
            {
                builder[key] = sum;
            }
        }

        return new Dimension(builder.ToImmutable());
    }
}
