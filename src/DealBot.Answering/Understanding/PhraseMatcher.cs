using System.Text.RegularExpressions;
using DealBot.Core.Documents;

namespace DealBot.Answering.Understanding;

/// <summary>
/// One phrase of the phrasebook, compiled: a Latin phrase matches whole words ignoring case ("criticis*" also matches
/// longer words), a Chinese phrase matches anywhere, and "re:" starts a regular expression (run without backtracking,
/// so no phrase can stall on hostile input).
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly string? _literal;
    private readonly bool _prefix;
    private readonly Regex? _regex;

    public PhraseMatcher(string phrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        Phrase = phrase;
        if (phrase.StartsWith("re:", StringComparison.Ordinal))
        {
            // The engine without backtracking runs in time linear in the input; no timeout is needed.
            _regex = new Regex(phrase[3..], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            return;
        }

        _prefix = phrase.Length > 1 && phrase.EndsWith('*');
        _literal = (_prefix ? phrase[..^1] : phrase).ToLowerInvariant();
    }

    public string Phrase { get; }

    /// <summary>Every place the phrase occurs in <paramref name="lower"/> (the text lower-cased), as (start, length).</summary>
    public IEnumerable<(int Start, int Length)> Matches(string lower)
    {
        if (_regex is not null)
        {
            foreach (Match match in _regex.Matches(lower))
            {
                yield return (match.Index, match.Length);
            }

            yield break;
        }

        var literal = _literal!;
        for (var at = lower.IndexOf(literal, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(literal, at + 1, StringComparison.Ordinal))
        {
            var end = at + literal.Length;
            if (!Bounded(lower, at - 1, literal[0]))
            {
                continue;
            }

            if (_prefix)
            {
                while (end < lower.Length && char.IsLetter(lower[end]) && !Languages.IsCjk(lower[end]))
                {
                    end++;
                }
            }
            else if (!Bounded(lower, end, literal[^1]))
            {
                continue;
            }

            yield return (at, end - at);
        }
    }

    // A Latin phrase must not run into a neighbouring word ("gw" is not in "gwh"); Chinese has no spaces to check.
    private static bool Bounded(string text, int index, char edge) =>
        index < 0 || index >= text.Length || !IsWordChar(edge) || !IsWordChar(text[index]);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !Languages.IsCjk(c);
}
