using System.Text.RegularExpressions;
using DealBot.Core.Documents;

namespace DealBot.Answering.Understanding;

/// <summary>
/// One phrase of the phrasebook, compiled: a Latin phrase matches whole words ignoring case ("criticis*" also matches
/// longer words), a Chinese phrase matches anywhere, and "re:" starts a regular expression (run without backtracking,
/// so no phrase can stall on hostile input).
/// </summary>
/// <remarks>
/// Whether an expression matches at all is first asked of the backtracking interpreter, which is built anyway to check
/// the pattern when the phrasebook loads and costs little to run; only an expression that matches builds the engine
/// without backtracking, whose first construction in a process is the largest part of a first question's reading.
/// Both engines agree on whether a text matches; the matches themselves always come from the engine without
/// backtracking. Where the check would backtrack for long (hostile input) it gives up after
/// <see cref="CheckTimeout"/> and the engine without backtracking decides.
/// </remarks>
internal sealed partial class PhraseMatcher
{
    private static readonly string[] Unsupported = ["(?=", "(?!", "(?<=", "(?<!", "(?>", "\\k<", "(?("];

    private readonly string? _literal;
    private readonly bool _prefix;
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromMilliseconds(20);

    private readonly Lazy<Regex>? _regex;
    private readonly Regex? _check;

    // What a regular expression cannot match without ("多少" of "(投资|投入).{0,6}多少"; "buy" or "sell", and "stock"
    // or "shares", of "\b(buy|sell)\b.{0,20}\b(stock|shares)"): where a requirement is not met the expression is neither
    // run nor built, and building the non-backtracking engine is what a cold start pays for.
    private readonly string[][] _required = [];

    public PhraseMatcher(string phrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        Phrase = phrase;
        if (phrase.StartsWith("re:", StringComparison.Ordinal))
        {
            // The engine without backtracking runs in time linear in the input; no timeout is needed.
            var pattern = phrase[3..];
            // Parsed now, so a broken pattern fails when the phrasebook loads, not on the first question; what the
            // non-backtracking engine cannot run (lookarounds, backreferences, atomic groups) too.
            _check = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, CheckTimeout);
            if (Unsupported.Any(u => pattern.Contains(u, StringComparison.Ordinal)) || BackReference().IsMatch(pattern))
            {
                throw new ArgumentException($"phrase '{phrase}': lookarounds, backreferences and atomic groups cannot run without backtracking", nameof(phrase));
            }

            _regex = new Lazy<Regex>(() => new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
            _required = RequiredText.Of(pattern).Select(r => r.Select(t => t.ToLowerInvariant()).ToArray()).ToArray();
            return;
        }

        _prefix = phrase.Length > 1 && phrase.EndsWith('*');
        _literal = (_prefix ? phrase[..^1] : phrase).ToLowerInvariant();
    }

    public string Phrase { get; }

    /// <summary>Whether the regular expression's matching engine has been built (a literal phrase has none to build).</summary>
    internal bool IsBuilt => _regex?.IsValueCreated ?? false;

    /// <summary>Every place the phrase occurs in <paramref name="lower"/> (the text lower-cased), as (start, length).</summary>
    public IEnumerable<(int Start, int Length)> Matches(string lower)
    {
        if (_regex is not null)
        {
            if (!Array.TrueForAll(_required, r => Array.Exists(r, t => lower.Contains(t, StringComparison.OrdinalIgnoreCase))) || !MayMatch(lower))
            {
                yield break;
            }

            foreach (Match match in _regex.Value.Matches(lower))
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

    private bool MayMatch(string lower)
    {
        try
        {
            return _check!.IsMatch(lower);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    [GeneratedRegex(@"\\[1-9]")]
    private static partial Regex BackReference();

    // A Latin phrase must not run into a neighbouring word ("gw" is not in "gwh"); Chinese has no spaces to check.
    private static bool Bounded(string text, int index, char edge) =>
        index < 0 || index >= text.Length || !IsWordChar(edge) || !IsWordChar(text[index]);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !Languages.IsCjk(c);
}
