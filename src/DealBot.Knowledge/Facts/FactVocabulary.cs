using DealBot.Core.Figures;

namespace DealBot.Knowledge.Facts;

/// <summary>The closed vocabularies of the facts files, as written in YAML (snake_case).</summary>
internal static class FactVocabulary
{
    public static readonly IReadOnlyDictionary<string, FigureKind> Kinds = SnakeCaseNames<FigureKind>();

    public static readonly IReadOnlyDictionary<string, Qualifier> Qualifiers = SnakeCaseNames<Qualifier>();

    public static readonly IReadOnlyList<string> Stances = ["supportive", "concerned", "mixed", "critical", "neutral"];

    public static readonly IReadOnlyList<string> GlossaryKinds =
        ["company", "person", "product", "project", "agency", "unit", "place", "concept", "word"];

    /// <summary>Lower case, with spaces and hyphens read as underscores ("up to", "up-to" and "up_to" are the same).</summary>
    public static string Normalize(string value) =>
        value.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    /// <summary>The unit a figure of <paramref name="kind"/> must have; null for money (any currency code).</summary>
    public static string? UnitOf(FigureKind kind) => kind switch
    {
        FigureKind.Power => "W",
        FigureKind.Energy => "Wh",
        FigureKind.Percent => "%",
        FigureKind.Count => "count",
        FigureKind.Multiple => "x",
        FigureKind.Date => "date",
        _ => null,
    };

    private static Dictionary<string, T> SnakeCaseNames<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => ToSnakeCase(v.ToString()), v => v, StringComparer.Ordinal);

    private static string ToSnakeCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
