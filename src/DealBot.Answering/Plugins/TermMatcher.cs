using System.Text;
using DealBot.Core.Documents;
using DealBot.Core.Facts;

namespace DealBot.Answering.Plugins;

/// <summary>
/// Scores how well a question matches a fact, across languages: English words, Chinese bigrams, and glossary ids
/// ("伯恩斯坦" and "Bernstein" both add the term <c>g:bernstein</c>), so a Chinese question finds an English label.
/// </summary>
internal sealed class TermMatcher
{
    private const string GlossaryPrefix = "g:";

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "an", "of", "in", "on", "for", "to", "and", "or", "is", "are", "was", "were", "what", "how", "much", "many",
        "does", "did", "do", "will", "would", "with", "by", "it", "its", "as", "at", "be", "from", "that", "this", "which",
        "who", "whom", "about", "said", "say", "says", "think", "per", "than", "has", "have", "had",
    };

    private readonly IReadOnlyList<(GlossaryEntry Entry, string Name)> _names;

    public TermMatcher(IReadOnlyList<GlossaryEntry> glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        _names = [.. glossary
            .SelectMany(e => e.English.Concat(e.Chinese).Distinct(StringComparer.Ordinal).Select(n => (e, n)))
            .Where(p => p.n.Length > 1)
            .OrderByDescending(p => p.n.Length)];
    }

    /// <summary>The weighted terms of a text: words, CJK bigrams and glossary ids (weighted double).</summary>
    public Dictionary<string, double> Terms(string text, double weight = 1)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        Add(terms, Words(text), weight);
        foreach (var (entry, name) in _names)
        {
            if (Contains(text, name))
            {
                terms[GlossaryPrefix + entry.Id] = Math.Max(terms.GetValueOrDefault(GlossaryPrefix + entry.Id), weight * 2);
            }
        }

        return terms;
    }

    /// <summary>Merges fields of different weight into one bag: a term keeps its highest weight.</summary>
    public Dictionary<string, double> Document(params (string? Text, double Weight)[] fields)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (text, weight) in fields)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            foreach (var (term, w) in Terms(text, weight))
            {
                terms[term] = Math.Max(terms.GetValueOrDefault(term), w);
            }
        }

        return terms;
    }

    /// <summary>Sum of the document weights of the query's terms.</summary>
    public static double Score(IReadOnlyDictionary<string, double> query, IReadOnlyDictionary<string, double> document) =>
        query.Sum(q => document.TryGetValue(q.Key, out var w) ? w * (q.Key.StartsWith(GlossaryPrefix, StringComparison.Ordinal) ? 1 : q.Value) : 0);

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words (Latin) or at all (CJK).</summary>
    public static bool Contains(string text, string phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        // Short Latin names ("US", "AMD") only in their own case: "us" in "tell us" is not the United States.
        var comparison = phrase.Length <= 3 && phrase.All(char.IsAsciiLetter) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (var at = text.IndexOf(phrase, comparison); at >= 0; at = text.IndexOf(phrase, at + 1, comparison))
        {
            var before = at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1]) || !char.IsAsciiLetterOrDigit(phrase[0]);
            var end = at + phrase.Length;
            var after = end >= text.Length || !char.IsAsciiLetterOrDigit(text[end]) || !char.IsAsciiLetterOrDigit(phrase[^1]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(Dictionary<string, double> terms, IEnumerable<string> words, double weight)
    {
        foreach (var word in words)
        {
            terms[word] = Math.Max(terms.GetValueOrDefault(word), weight);
        }
    }

    private static IEnumerable<string> Words(string text)
    {
        var latin = new StringBuilder();
        var cjk = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                latin.Append(char.ToLowerInvariant(c));
            }
            else if (latin.Length > 0)
            {
                var word = Stem(latin.ToString());
                latin.Clear();
                if (word.Length > 1 && !StopWords.Contains(word))
                {
                    yield return word;
                }
            }

            if (Languages.IsCjk(c))
            {
                cjk.Append(c);
            }
            else if (cjk.Length > 0)
            {
                foreach (var gram in Bigrams(cjk.ToString()))
                {
                    yield return gram;
                }

                cjk.Clear();
            }
        }
    }

    private static IEnumerable<string> Bigrams(string run)
    {
        if (run.Length == 1)
        {
            yield return run;
            yield break;
        }

        for (var i = 0; i + 1 < run.Length; i++)
        {
            yield return run.Substring(i, 2);
        }
    }

    // A plural "s" is the only inflection worth folding here ("households" / "household", "gigawatts" / "gigawatt").
    private static string Stem(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
}
