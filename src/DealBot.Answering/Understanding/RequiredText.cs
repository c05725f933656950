using System.Text;

namespace DealBot.Answering.Understanding;

/// <summary>
/// What every match of a phrasebook expression contains: pieces of plain text, or one of a few ("多少"; "buy", "sell"
/// or "short" for <c>\b(buy|sell|short)\b.{0,20}…</c>). Where a message lacks one of them the expression cannot match,
/// so it is neither built nor run; building the non-backtracking engine is most of what a first question pays for.
/// </summary>
/// <remarks>
/// Read conservatively: literal characters outside classes, groups of alternatives that each contain such text, and
/// a quantifier that allows zero repeats drops what it applies to ("l+o+l+" needs "lo" and "ol": the last of each run
/// of a letter touches the next). Escapes stand for no text; whatever the reader does not know (inline options, named
/// or look-around groups, \u and \x escapes, class subtraction) gives no requirement, so the expression always runs.
/// </remarks>
internal static class RequiredText
{
    /// <summary>
    /// Requirements every match of <paramref name="pattern"/> meets, each a list of texts of which a match contains at
    /// least one (compared ignoring case); empty when nothing is certain.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var reader = new Reader(pattern);
        var found = reader.Alternation();
        return reader.Failed || reader.At < pattern.Length ? [] : found;
    }

    private sealed class Reader(string pattern)
    {
        public int At { get; private set; }

        public bool Failed { get; private set; }

        // Alternatives separated by '|' up to a ')' or the end. One alternative keeps all its requirements; of several,
        // each must contain one of its texts, so their best requirements are joined into one.
        public List<IReadOnlyList<string>> Alternation()
        {
            var alternatives = new List<List<IReadOnlyList<string>>> { Sequence() };
            while (!Failed && At < pattern.Length && pattern[At] == '|')
            {
                At++;
                alternatives.Add(Sequence());
            }

            if (alternatives.Count == 1)
            {
                return alternatives[0];
            }

            return alternatives.Exists(a => a.Count == 0) ? [] : [alternatives.SelectMany(Best).ToList()];
        }

        // The requirement whose shortest text is longest, then the one with fewest texts.
        private static IReadOnlyList<string> Best(List<IReadOnlyList<string>> requirements) =>
            requirements.OrderByDescending(t => t.Min(s => s.Length)).ThenBy(t => t.Count).First();

        // Atoms one after another: each run of literal characters and each required group is a candidate.
        private List<IReadOnlyList<string>> Sequence()
        {
            var candidates = new List<IReadOnlyList<string>>();
            var run = new StringBuilder();
            void Close()
            {
                if (run.Length > 0)
                {
                    candidates.Add([run.ToString()]);
                    run.Clear();
                }
            }

            while (!Failed && At < pattern.Length && pattern[At] is not ('|' or ')'))
            {
                var c = pattern[At];
                switch (c)
                {
                    case '(':
                        Close();
                        if (Group() is { } inGroup && RequiredRepeats())
                        {
                            candidates.AddRange(inGroup);
                        }

                        break;
                    case '[':
                        Close();
                        SkipClass();
                        _ = RequiredRepeats();
                        break;
                    case '\\':
                        Close();
                        SkipEscape();
                        _ = RequiredRepeats();
                        break;
                    case '.' or '^' or '$':
                        Close();
                        At++;
                        _ = RequiredRepeats();
                        break;
                    case '*' or '+' or '?' or '{':
                        // A quantifier with nothing before it to apply to: not a pattern this reader knows.
                        Failed = true;
                        break;
                    default:
                        At++;
                        if (!HasQuantifier())
                        {
                            run.Append(c);
                        }
                        else if (RequiredRepeats())
                        {
                            // At least once, perhaps more: the run ends with it, and its last repeat starts the next.
                            run.Append(c);
                            Close();
                            run.Append(c);
                        }
                        else
                        {
                            Close();
                        }

                        break;
                }
            }

            Close();
            return Failed ? [] : candidates;
        }

        // A group; its requirements, or null. Only plain and non-capturing groups are read.
        private List<IReadOnlyList<string>>? Group()
        {
            At++;
            if (At < pattern.Length && pattern[At] == '?')
            {
                if (At + 1 < pattern.Length && pattern[At + 1] == ':')
                {
                    At += 2;
                }
                else
                {
                    Failed = true;
                    return null;
                }
            }

            var inner = Alternation();
            if (Failed || At >= pattern.Length || pattern[At] != ')')
            {
                Failed = true;
                return null;
            }

            At++;
            return inner;
        }

        private void SkipClass()
        {
            At++;
            if (At < pattern.Length && pattern[At] == '^')
            {
                At++;
            }

            if (At < pattern.Length && pattern[At] == ']')
            {
                // "[]…]": whether the bracket closes or is literal is a detail this reader does not rely on.
                Failed = true;
                return;
            }

            for (; At < pattern.Length; At++)
            {
                switch (pattern[At])
                {
                    case '\\':
                        At++;
                        break;
                    case '[':
                        // Class subtraction ("[a-z-[aeiou]]").
                        Failed = true;
                        return;
                    case ']':
                        At++;
                        return;
                }
            }

            Failed = true;
        }

        private void SkipEscape()
        {
            if (At + 1 >= pattern.Length || pattern[At + 1] is 'u' or 'x' or 'c' or 'p' or 'P' or 'k' or (>= '0' and <= '9'))
            {
                Failed = true;
                return;
            }

            At += 2;
        }

        private bool HasQuantifier() => At < pattern.Length && (pattern[At] is '*' or '+' or '?' || QuantifierBraces(out _, out _));

        // Reads the quantifier after an atom, if any: true when the atom must occur at least once.
        private bool RequiredRepeats()
        {
            if (At >= pattern.Length)
            {
                return true;
            }

            bool required;
            switch (pattern[At])
            {
                case '*' or '?':
                    required = false;
                    At++;
                    break;
                case '+':
                    required = true;
                    At++;
                    break;
                case '{' when QuantifierBraces(out var min, out var length):
                    required = min > 0;
                    At += length;
                    break;
                case '{':
                    // A brace that is not a quantifier is a literal to .NET; not relied on here.
                    Failed = true;
                    return false;
                default:
                    return true;
            }

            if (At < pattern.Length && pattern[At] == '?')
            {
                // Lazy: repeats as few times as it can, but no fewer than the minimum.
                At++;
            }

            return required;
        }

        // "{n}", "{n,}" or "{n,m}" at the reader's place.
        private bool QuantifierBraces(out int min, out int length)
        {
            min = 0;
            length = 0;
            if (At >= pattern.Length || pattern[At] != '{')
            {
                return false;
            }

            var close = pattern.IndexOf('}', At);
            if (close < 0)
            {
                return false;
            }

            var inside = pattern.AsSpan(At + 1, close - At - 1);
            var comma = inside.IndexOf(',');
            var first = comma < 0 ? inside : inside[..comma];
            var rest = comma < 0 ? [] : inside[(comma + 1)..];
            if (first.Length == 0 || !int.TryParse(first, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out min)
                || (rest.Length > 0 && !int.TryParse(rest, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)))
            {
                return false;
            }

            length = close - At + 1;
            return true;
        }
    }
}
