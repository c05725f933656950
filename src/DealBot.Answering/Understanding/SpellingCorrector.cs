using System.Text;
using DealBot.Core.Documents;
using DealBot.Core.Matching;

namespace DealBot.Answering.Understanding;

/// <summary>
/// Forgives small typos in the words that matter ("nvidai" → "nvidia", "invst" → "invest", "frist" → "first"): a Latin
/// word the vocabulary does not know is replaced by the one vocabulary word within one edit (two for long words),
/// counting a swap of neighbours as one edit. Slips are corrected only to the words that name things (entity names
/// and aliases, units, the words of fact labels), and only when the word is not one the engine knows in any form
/// (the phrasebook, the facts' quotes): short words, known words and words with several equally close candidates
/// are left alone.
/// </summary>
public sealed class SpellingCorrector
{
    private const int MinimumLength = 5;
    private const int LongWord = 10;
    private readonly HashSet<string> _known;
    private readonly HashSet<string> _knownStems;
    private readonly Dictionary<int, List<string>> _byLength = [];

    /// <param name="knownTexts">Texts whose words are never corrected (phrases, quotes, labels): "committed" is a word, not a slip of "commented".</param>
    /// <param name="targetTexts">Texts whose words a slip is corrected to: names, aliases, units and the words of fact labels.</param>
    public SpellingCorrector(IEnumerable<string> knownTexts, IEnumerable<string> targetTexts)
    {
        ArgumentNullException.ThrowIfNull(knownTexts);
        ArgumentNullException.ThrowIfNull(targetTexts);
        var targets = targetTexts.SelectMany(t => Words(t.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
        _known = knownTexts.SelectMany(t => Words(t.ToLowerInvariant())).Concat(targets).ToHashSet(StringComparer.Ordinal);
        _knownStems = _known.Select(EnglishStemmer.Stem).ToHashSet(StringComparer.Ordinal);
        foreach (var word in targets.Where(w => w.Length >= MinimumLength - 1))
        {
            if (!_byLength.TryGetValue(word.Length, out var list))
            {
                _byLength[word.Length] = list = [];
            }

            list.Add(word);
        }
    }

    /// <summary><paramref name="text"/> with unknown Latin words replaced by their one close vocabulary word.</summary>
    public string Correct(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? corrected = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLatinLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsLatinLetter(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            var lower = word.ToLowerInvariant();
            if (word.Length < MinimumLength || _known.Contains(lower) || _knownStems.Contains(EnglishStemmer.Stem(lower)) || Suggest(lower) is not { } suggestion)
            {
                continue;
            }

            corrected ??= new StringBuilder(text.Length + 8);
            corrected.Append(text, copied, start - copied).Append(suggestion);
            copied = i;
        }

        return corrected is null ? text : corrected.Append(text, copied, text.Length - copied).ToString();
    }

    private string? Suggest(string word)
    {
        var budget = word.Length >= LongWord ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        for (var length = word.Length - budget; length <= word.Length + budget; length++)
        {
            if (!_byLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                // A typo rarely hits the first letter; "frist" and "first" share it.
                if (candidate[0] != word[0] && !(word.Length > 1 && candidate[0] == word[1] && candidate[1] == word[0]))
                {
                    continue;
                }

                var distance = Distance(word, candidate, budget);
                if (distance < bestDistance)
                {
                    (best, bestDistance, tie) = (candidate, distance, false);
                }
                else if (distance == bestDistance && !string.Equals(best, candidate, StringComparison.Ordinal))
                {
                    tie = true;
                }
            }
        }

        return bestDistance <= budget && !tie ? best : null;
    }

    // Optimal string alignment distance, giving up beyond the budget.
    private static int Distance(string a, string b, int budget)
    {
        if (Math.Abs(a.Length - b.Length) > budget)
        {
            return budget + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > budget)
            {
                return budget + 1;
            }
        }

        return d[a.Length, b.Length];
    }

    private static IEnumerable<string> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLatinLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsLatinLetter(text[i]))
            {
                i++;
            }

            yield return text[start..i];
        }
    }

    private static bool IsLatinLetter(char c) => char.IsAsciiLetter(c) && !Languages.IsCjk(c);
}
