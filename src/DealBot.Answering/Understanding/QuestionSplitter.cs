using System.Text.RegularExpressions;

namespace DealBot.Answering.Understanding;

/// <summary>
/// Splits a message that asks several things ("how much and when?", "OpenAI周活多少？跟微软啥关系？", "how many GW,
/// how many households is that, and what's the kW per household?") into its questions, in order. A clause that asks
/// nothing (an assumption such as "say a GW costs $45bn,") stays with the question after it; a fragment ending in a
/// question mark ("platform???") is a question of its own, read as a follow-up of the one before.
/// </summary>
public static partial class QuestionSplitter
{
    private const int MostParts = 4;
    private static readonly char[] Strong = ['?', '？', ';', '；', '\n', '。', '!', '！'];
    private static readonly string[] Joiners = [" and ", " & ", " plus ", " also ", "、", "，", ",", "以及", "还有", "另外", "并且"];

    /// <summary>The parts of the question as (start, length) spans of <see cref="QuestionText.Text"/>; one span when it asks one thing.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(QuestionText text, IReadOnlyList<CueHit> cues)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cues);
        var whole = new List<(int, int)> { (0, text.Text.Length) };

        // "1) how much 2) when 3) how many days": numbered parts are the questions, whatever marks they carry.
        if (Numbered(text.Text) is { Count: >= 2 and <= MostParts } numbered)
        {
            return numbered;
        }

        // "what if only 4 GW were built?" assumes; the question comes after it.
        var assumptions = cues.Where(c => c.Cue == "frame.hypothetical").ToList();
        var asks = cues.Where(c => c.Cue == "ask.interrogative" && !assumptions.Any(a => c.Start >= a.Start && c.End <= a.End)).Select(c => c.Start).ToList();
        var marks = text.Text.Count(c => c is '?' or '？');
        if (asks.Count + marks < 2 || text.Text.Length == 0)
        {
            return whole;
        }

        var segments = StrongSegments(text.Text).SelectMany(s => Joined(text.Text, s, asks)).ToList();
        var parts = new List<(int Start, int End)>();
        var pending = -1;
        foreach (var (start, end) in segments)
        {
            var assumes = assumptions.Any(a => a.Start >= start && a.Start < end);
            var asking = asks.Any(a => a >= start && a < end) || (EndsWithQuestionMark(text.Text, end) && !assumes);
            var from = pending >= 0 ? pending : start;
            if (!asking || !HasWords(text.Text, start, end))
            {
                pending = from;
                continue;
            }

            parts.Add((from, end));
            pending = -1;
        }

        if (pending >= 0 && parts.Count > 0)
        {
            parts[^1] = (parts[^1].Start, segments[^1].End);
        }

        return parts.Count < 2 || parts.Count > MostParts ? whole : parts.Select(p => (p.Start, p.End - p.Start)).ToList();
    }

    // "1) … 2) …", "(1) … (2) …", "1. … 2. …", "一、… 二、…", "① … ②": markers counting up from one; what comes before
    // the first ("三连问：") only announces them.
    private static List<(int Start, int Length)>? Numbered(string text)
    {
        var markers = new List<(int Start, int End)>();
        foreach (Match match in NumberMarker().Matches(text))
        {
            var group = match.Groups["n"];
            if (Ordinal(group.Value) != markers.Count + 1)
            {
                continue;
            }

            markers.Add((match.Index, match.Index + match.Length));
        }

        if (markers.Count < 2)
        {
            return null;
        }

        var parts = new List<(int Start, int Length)>();
        for (var k = 0; k < markers.Count; k++)
        {
            var end = k + 1 < markers.Count ? markers[k + 1].Start : text.Length;
            var start = markers[k].End;
            if (!HasWords(text, start, end))
            {
                return null;
            }

            parts.Add((start, end - start));
        }

        return parts;
    }

    private static int Ordinal(string marker) => marker switch
    {
        "1" or "一" or "①" => 1,
        "2" or "二" or "②" => 2,
        "3" or "三" or "③" => 3,
        "4" or "四" or "④" => 4,
        _ => 0,
    };

    [GeneratedRegex(@"(?:^|(?<=[\s:：，,;；。?？!！]))[(（]?(?<n>[1-4])(?:[)）]|[.、:：](?!\d))|(?:^|(?<=[\s:：，,;；。?？!！]))(?<n>[一二三四])、|(?<n>[①②③④])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberMarker();

    private static IEnumerable<(int Start, int End)> StrongSegments(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Array.IndexOf(Strong, text[i]) < 0 && !(text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' ')))
            {
                continue;
            }

            // A run of marks ("???!!") ends one segment.
            var end = i;
            while (i + 1 < text.Length && (Array.IndexOf(Strong, text[i + 1]) >= 0 || text[i + 1] == '.'))
            {
                i++;
            }

            yield return (start, i + 1);
            start = i + 1;
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    // "how much is it and when does it start": a joiner splits only between two clauses that each ask something.
    private static IEnumerable<(int Start, int End)> Joined(string text, (int Start, int End) segment, List<int> asks)
    {
        var inside = asks.Where(a => a >= segment.Start && a < segment.End).ToList();
        if (inside.Count < 2)
        {
            yield return segment;
            yield break;
        }

        var start = segment.Start;
        for (var k = 1; k < inside.Count; k++)
        {
            var cut = LastJoiner(text, inside[k - 1], inside[k]);
            if (cut < 0)
            {
                continue;
            }

            yield return (start, cut);
            start = cut;
        }

        yield return (start, segment.End);
    }

    private static int LastJoiner(string text, int after, int before)
    {
        var best = -1;
        foreach (var joiner in Joiners)
        {
            var at = text.LastIndexOf(joiner, before, before - after, StringComparison.OrdinalIgnoreCase);
            if (at > after && at > best)
            {
                best = at;
            }
        }

        return best;
    }

    private static bool EndsWithQuestionMark(string text, int end) => end > 0 && text[..end].TrimEnd().EndsWith('?') || text[..end].TrimEnd().EndsWith('？');

    private static bool HasWords(string text, int start, int end)
    {
        var letters = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                letters++;
            }
        }

        return letters >= 2;
    }
}
