using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using DealBot.Core.Documents;

namespace DealBot.Answering.Replies;

/// <summary>
/// The bot's own words, as data (<c>replies.json</c>, embedded): refusals, notes, the frames of calculations, lists and
/// small talk, and the example questions it offers, in both languages, with named blanks ("{month}") the engine fills.
/// </summary>
public sealed class Replies
{
    private readonly Dictionary<string, (string En, string Zh)> _templates;
    private readonly (IReadOnlyList<string> En, IReadOnlyList<string> Zh) _examples;

    private Replies(Dictionary<string, (string, string)> templates, (IReadOnlyList<string>, IReadOnlyList<string>) examples)
    {
        _templates = templates;
        _examples = examples;
    }

    public static Replies Embedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DealBot.Answering.Replies.replies.json")
            ?? throw new InvalidOperationException("The replies are missing from the assembly.");
        return Load(stream);
    }

    /// <exception cref="FormatException">The file is not a set of replies.</exception>
    public static Replies Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            var templates = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
            foreach (var reply in doc.RootElement.GetProperty("replies").EnumerateObject())
            {
                templates[reply.Name] = (reply.Value.GetProperty(Languages.English).GetString()!, reply.Value.GetProperty(Languages.Chinese).GetString()!);
            }

            var examples = doc.RootElement.GetProperty("examples");
            return new Replies(templates, (Strings(examples, Languages.English), Strings(examples, Languages.Chinese)));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"The replies are not valid: {ex.Message}", ex);
        }
    }

    /// <summary>The reply <paramref name="key"/> in <paramref name="language"/>, its blanks filled from <paramref name="values"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is no such reply.</exception>
    public string Get(string key, string language, params (string Name, string Value)[] values)
    {
        var (en, zh) = _templates[key];
        var text = new StringBuilder(language == Languages.Chinese ? zh : en);
        foreach (var (name, value) in values)
        {
            text.Replace("{" + name + "}", value);
        }

        return text.ToString();
    }

    /// <summary>" (as reported in September 2025)" / "（据2025年9月的报道）"; empty without a date.</summary>
    public string AsReported(DateOnly? asOf, string language) =>
        asOf is { } date ? Get("as_reported", language, ("month", Month(date, language))) : string.Empty;

    /// <summary>"September 2025" / "2025年9月".</summary>
    public string Month(DateOnly date, string language) =>
        Get("month", language, ("monthname", date.ToString("MMMM", CultureInfo.InvariantCulture)), ("year", date.Year.ToString(CultureInfo.InvariantCulture)), ("monthnumber", date.Month.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Two example questions to offer, chosen by <paramref name="seed"/> so replies vary but stay repeatable.</summary>
    public IReadOnlyList<string> Examples(string language, int seed)
    {
        var list = language == Languages.Chinese ? _examples.Zh : _examples.En;
        if (list.Count == 0)
        {
            return [];
        }

        var first = (int)((uint)seed % (uint)list.Count);
        return list.Count == 1 ? [list[0]] : [list[first], list[(first + 1 + ((int)((uint)seed / 7 % (uint)(list.Count - 1)))) % list.Count]];
    }

    private static IReadOnlyList<string> Strings(JsonElement examples, string language) =>
        [.. examples.GetProperty(language).EnumerateArray().Select(e => e.GetString()!)];
}
