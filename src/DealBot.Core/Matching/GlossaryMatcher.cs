using System.Text;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Text;

namespace DealBot.Core.Matching;

/// <summary>
/// Finds the glossary's entities in text, in either language, longest name first. Short all-capital English names
/// ("US", "GW", "AMD") match case-sensitively, so "us" the pronoun is not the United States; other English names match
/// whole words ignoring case; Chinese names match anywhere.
/// </summary>
public sealed class GlossaryMatcher
{
    private readonly List<(string Name, GlossaryEntry Entry, bool CaseSensitive, bool Cjk)> _names;

    public GlossaryMatcher(IReadOnlyList<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        // Display names are matched in simplified script, as the text they are found in is (輝達 is read as 辉达).
        // Aliases (tickers, nicknames) are matched ignoring case whatever their length: "nvda" is Nvidia.
        var names = entries.SelectMany(e => e.English.Concat(e.Chinese).Select(n => (Name: n, Entry: e, Alias: false))
            .Concat(e.Aliases.Select(n => (Name: n, Entry: e, Alias: true))));
        _names = names
            .Where(x => !string.IsNullOrWhiteSpace(x.Name))
            .Select(x => (Name: ChineseScript.ToSimplified(x.Name.Trim()), x.Entry, x.Alias))
            .DistinctBy(x => (x.Name, x.Entry.Id))
            .Select(x => (x.Name, x.Entry, CaseSensitive: !x.Alias && x.Name.Length <= 4 && x.Name.All(c => !char.IsLetter(c) || char.IsUpper(c)), Cjk: x.Name.Any(Languages.IsCjk)))
            .OrderByDescending(x => x.Name.Length)
            .ToList();
    }

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>Non-overlapping matches, in text order.</summary>
    public IReadOnlyList<GlossaryMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var taken = new bool[text.Length];
        var matches = new List<GlossaryMatch>();
        var pairs = FoldedPairs(text);
        foreach (var (name, entry, caseSensitive, cjk) in _names)
        {
            // Most names are absent from any one text: a name whose first two letters never follow each other in it
            // cannot be found there, and a set lookup is far cheaper than a search through the text.
            if (name.Length >= 2 && !pairs.Contains(Pair(name[0], name[1])))
            {
                continue;
            }

            var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            var from = 0;
            while (from < text.Length)
            {
                var at = text.IndexOf(name, from, comparison);
                if (at < 0)
                {
                    break;
                }

                from = at + 1;
                if ((!cjk && !IsWordBoundary(text, at, name.Length)) || Overlaps(taken, at, name.Length))
                {
                    continue;
                }

                Array.Fill(taken, true, at, name.Length);
                matches.Add(new GlossaryMatch(entry, at, name.Length));
            }
        }

        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        return matches;
    }

    /// <summary>
    /// <paramref name="text"/> with every Chinese name of an entity replaced by the entity's English display name
    /// ("英伟达向OpenAI投资" → "Nvidia 向OpenAI投资"). The dense model only knows English: this gives it the entities of
    /// a Chinese question or passage, the words that say most about what the text is about.
    /// </summary>
    public string WithEnglishNames(string text) =>
        Replace(text, m => m.Entry.English.Count > 0 && ContainsCjk(text.AsSpan(m.Start, m.Length)) ? $" {m.Entry.English[0]} " : null);

    /// <summary><paramref name="text"/> with every entity name, in either language, left out.</summary>
    public string WithoutNames(string text) => Replace(text, _ => " ");

    // Replaces the matches for which replacement gives a text; the rest of the text stays as it is.
    private string Replace(string text, Func<GlossaryMatch, string?> replacement)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 32);
        var copied = 0;
        foreach (var match in Find(text))
        {
            if (replacement(match) is { } replaced)
            {
                sb.Append(text, copied, match.Start - copied).Append(replaced);
                copied = match.Start + match.Length;
            }
        }

        return copied == 0 ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    // Every two neighbouring characters of the text, ignoring case as OrdinalIgnoreCase does (per UTF-16 unit, upper-cased invariantly).
    private static HashSet<int> FoldedPairs(string text)
    {
        var pairs = new HashSet<int>(text.Length);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            pairs.Add(Pair(text[i], text[i + 1]));
        }

        return pairs;
    }

    private static int Pair(char first, char second) => (char.ToUpperInvariant(first) << 16) | char.ToUpperInvariant(second);

    private static bool ContainsCjk(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (Languages.IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(bool[] taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordBoundary(string text, int start, int length)
    {
        var before = start == 0 || !char.IsLetterOrDigit(text[start - 1]) || Languages.IsCjk(text[start - 1]);
        var end = start + length;
        var after = end >= text.Length || !char.IsLetterOrDigit(text[end]) || Languages.IsCjk(text[end]);
        return before && after;
    }
}

/// <summary>An entity found in text.</summary>
public sealed record GlossaryMatch(GlossaryEntry Entry, int Start, int Length);
