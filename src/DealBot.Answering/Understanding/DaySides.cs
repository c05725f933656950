namespace DealBot.Answering.Understanding;

/// <summary>One end of a count of days as the question words it: a span of its text, and whether it says "today" or "the day the report came out".</summary>
public sealed record DaySide(int Start, int End, bool Now, bool Published);

/// <summary>
/// Splits a question that counts days into the two ends it names ("from the start of work to first power", "从动工到
/// 投入运行", "开工和通电之间", "between X and Y"), or the one end it names after "since", "after", "距离"; by the
/// phrasebook's span words (<see cref="Phrasebook.FindSpanWords"/>). No span words: no sides, and the question is read
/// whole.
/// </summary>
public static class DaySides
{
    /// <summary>The ends in text order: none, one ("since …", "距离…有几天"), or two.</summary>
    public static IReadOnlyList<DaySide> Find(string text, IReadOnlyList<CueHit> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var between = words.Any(w => w.Cue == "between");

        // "from X to Y": the first "to" after a "from", read from the nearest "from" before it (the "自" of "各自" is
        // none). "X和Y之间", "between X and Y": a pair joins two ends only when a "between" word says so.
        var to = words.FirstOrDefault(w => (w.Cue == "to" || (between && w.Cue == "pair")) && words.Any(f => Opens(f) && f.End <= w.Start))
            ?? (between ? words.FirstOrDefault(w => w.Cue == "pair") : null);
        var from = to is null ? words.FirstOrDefault(Opens) : words.LastOrDefault(w => Opens(w) && w.End <= to.Start);
        if (to is null && from is null)
        {
            return [];
        }

        var sides = new List<DaySide>();
        if (to is null)
        {
            sides.Add(Side(text, words, from!.End, Close(text, words, from.End)));
        }
        else
        {
            sides.Add(Side(text, words, from?.End ?? 0, to.Start));
            sides.Add(Side(text, words, to.End, Close(text, words, to.End)));
        }

        return [.. sides.Where(s => s.Now || s.Published || HasWords(text, s.Start, s.End))];
    }

    /// <summary>Whether the question counts until today from the one end it names ("since …", "自从…以来").</summary>
    public static bool Since(IReadOnlyList<CueHit> words) => words.Any(w => w.Cue == "since");

    private static bool Opens(CueHit word) => word.Cue is "from" or "since";

    // An end runs to the next "between" word ("…之间", "…相隔"), or to the end of the question.
    private static int Close(string text, IReadOnlyList<CueHit> words, int start) =>
        words.FirstOrDefault(w => w.Cue == "between" && w.Start >= start)?.Start ?? text.Length;

    private static DaySide Side(string text, IReadOnlyList<CueHit> words, int start, int end)
    {
        var inside = words.Where(w => w.Start >= start && w.End <= end).ToList();
        return new DaySide(start, Math.Max(start, end), inside.Any(w => w.Cue == "now"), inside.Any(w => w.Cue == "published"));
    }

    private static bool HasWords(string text, int start, int end)
    {
        for (var i = start; i < end && i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
