using DealBot.Core.Documents;

namespace DealBot.Answering.Plugins;

/// <summary>How "per …" reads in each language: "per GW" / "每千兆瓦", "per household" / "每户".</summary>
/// <param name="Key">The unit of the result's denominator, as in "USD/GW".</param>
/// <param name="English">"GW", "household".</param>
/// <param name="Chinese">"千兆瓦" (as the articles and the figure formatter write GW), "户".</param>
internal sealed record PerUnitLabel(string Key, string English, string Chinese)
{
    private static readonly PerUnitLabel[] Known =
    [
        new("GW", "GW", "千兆瓦"),
        new("MW", "MW", "兆瓦"),
        new("kW", "kW", "千瓦"),
        new("household", "household", "户"),
        new("weekly user", "weekly active user", "位周活跃用户"),
        new("user", "user", "位用户"),
        new("chip", "chip", "颗芯片"),
        new("share", "share", "股"),
    ];

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gigawatt"] = "GW", ["gigawatts"] = "GW", ["千兆瓦"] = "GW", ["吉瓦"] = "GW",
        ["megawatt"] = "MW", ["megawatts"] = "MW", ["兆瓦"] = "MW",
        ["kilowatt"] = "kW", ["kilowatts"] = "kW", ["千瓦"] = "kW",
        ["households"] = "household", ["home"] = "household", ["homes"] = "household", ["户"] = "household", ["家庭"] = "household", ["美国家庭"] = "household", ["US household"] = "household",
        ["weekly users"] = "weekly user", ["weekly active user"] = "weekly user", ["weekly active users"] = "weekly user", ["周活跃用户"] = "weekly user", ["周活"] = "weekly user",
        ["users"] = "user", ["用户"] = "user",
        ["chips"] = "chip", ["芯片"] = "chip",
        ["shares"] = "share", ["股"] = "share",
    };

    /// <summary>The label for <paramref name="name"/>; an unknown name is used as written in both languages.</summary>
    public static PerUnitLabel For(string? name)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            throw new CalculationException("Name the unit the amount is divided by (for example 'GW', 'household', 'weekly user').");
        }

        var key = Synonyms.TryGetValue(trimmed, out var synonym) ? synonym : trimmed;
        return Known.FirstOrDefault(k => string.Equals(k.Key, key, StringComparison.OrdinalIgnoreCase))
            ?? new PerUnitLabel(trimmed, trimmed, trimmed);
    }

    /// <summary>"US$10 billion per GW" / "每千兆瓦100亿美元".</summary>
    public string Phrase(string amount, string language) =>
        language == Languages.Chinese ? "每" + Chinese + amount : amount + " per " + English;
}
