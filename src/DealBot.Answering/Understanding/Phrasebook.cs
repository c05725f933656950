using System.Reflection;
using System.Text.Json;

namespace DealBot.Answering.Understanding;

/// <summary>
/// How members ask, as data (<c>phrasebook.json</c>, embedded): for each cue ("ask.amount", "op.per", "chat.thanks"...)
/// the phrases that signal it in English and Chinese, the words that scale an earlier result ("half", "一半") and the
/// ordinals that point into an earlier list ("the second one", "第一个"). Understanding grows by adding phrases here,
/// not code.
/// </summary>
public sealed class Phrasebook
{
    private readonly List<(string Cue, PhraseMatcher Matcher)> _phrases;
    private readonly List<(string Role, PhraseMatcher Matcher)> _spanWords;

    private Phrasebook(List<(string Cue, PhraseMatcher Matcher)> phrases, List<(string Role, PhraseMatcher Matcher)> spanWords, IReadOnlyDictionary<string, decimal> factors, IReadOnlyDictionary<string, int> ordinals)
    {
        _phrases = phrases;
        _spanWords = spanWords;
        Factors = factors;
        Ordinals = ordinals;
        Cues = phrases.Select(p => p.Cue).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The words of the literal phrases: what the engine understands, for forgiving typos of them.</summary>
    public IEnumerable<string> Vocabulary => _phrases.Select(p => p.Matcher.Phrase).Where(p => !p.StartsWith("re:", StringComparison.Ordinal)).Select(p => p.TrimEnd('*'));

    /// <summary>The cue names the phrasebook defines.</summary>
    public IReadOnlySet<string> Cues { get; }

    /// <summary>Words that scale a quantity ("half" = 0.5, "两倍" = 2), lower-cased.</summary>
    public IReadOnlyDictionary<string, decimal> Factors { get; }

    /// <summary>Words that point into a list ("second" = 2, "last" = -1), lower-cased.</summary>
    public IReadOnlyDictionary<string, int> Ordinals { get; }

    /// <summary>The phrasebook the engine ships with.</summary>
    public static Phrasebook Embedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DealBot.Answering.Understanding.phrasebook.json")
            ?? throw new InvalidOperationException("The phrasebook is missing from the assembly.");
        return Load(stream);
    }

    /// <exception cref="FormatException">The file is not a phrasebook; the message says where.</exception>
    public static Phrasebook Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var phrases = Phrases(root.GetProperty("cues"));
            var spanWords = root.TryGetProperty("spans", out var spans) ? Phrases(spans) : [];
            return new Phrasebook(phrases, spanWords, Merge(root, "factors", e => e.GetDecimal()), Merge(root, "ordinals", e => e.GetInt32()));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"The phrasebook is not valid: {ex.Message}", ex);
        }
    }

    /// <summary>Every cue phrase found in <paramref name="lower"/> (normalised, simplified, lower-cased text), in text order.</summary>
    public IReadOnlyList<CueHit> Find(string lower)
    {
        ArgumentNullException.ThrowIfNull(lower);
        var hits = new List<CueHit>();
        foreach (var (cue, matcher) in _phrases)
        {
            foreach (var (start, length) in matcher.Matches(lower))
            {
                hits.Add(new CueHit(cue, matcher.Phrase, start, length));
            }
        }

        hits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return hits;
    }

    /// <summary>
    /// The words that name the ends of a count of days ("from", "到", "之间", "today", "报道发布"), by role, found in
    /// <paramref name="lower"/> (normalised, simplified, lower-cased text), in text order; a shorter word inside a longer
    /// one of any role is left out (the "到" of "直到", the "now" of "right now").
    /// </summary>
    public IReadOnlyList<CueHit> FindSpanWords(string lower)
    {
        ArgumentNullException.ThrowIfNull(lower);
        var hits = new List<CueHit>();
        foreach (var (role, matcher) in _spanWords)
        {
            foreach (var (start, length) in matcher.Matches(lower))
            {
                hits.Add(new CueHit(role, matcher.Phrase, start, length));
            }
        }

        return [.. hits.Where(h => !hits.Any(o => o.Length > h.Length && o.Start <= h.Start && o.End >= h.End)).OrderBy(h => h.Start)];
    }

    // A section's entries ("cues", "spans"): each entry's "about" says why it exists; every other property is a
    // language's phrases.
    private static List<(string, PhraseMatcher)> Phrases(JsonElement section)
    {
        var phrases = new List<(string, PhraseMatcher)>();
        foreach (var entry in section.EnumerateObject().Where(e => e.Name != "about"))
        {
            foreach (var language in entry.Value.EnumerateObject().Where(l => l.Name != "about"))
            {
                foreach (var phrase in language.Value.EnumerateArray())
                {
                    phrases.Add((entry.Name, new PhraseMatcher(phrase.GetString() ?? throw new FormatException($"{entry.Name}: a phrase is null"))));
                }
            }
        }

        return phrases;
    }

    private static Dictionary<string, T> Merge<T>(JsonElement root, string property, Func<JsonElement, T> read)
    {
        var merged = new Dictionary<string, T>(StringComparer.Ordinal);
        if (root.TryGetProperty(property, out var section))
        {
            foreach (var language in section.EnumerateObject())
            {
                foreach (var entry in language.Value.EnumerateObject())
                {
                    merged[entry.Name.ToLowerInvariant()] = read(entry.Value);
                }
            }
        }

        return merged;
    }
}
