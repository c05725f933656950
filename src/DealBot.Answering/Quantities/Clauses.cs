using DealBot.Answering.Understanding;

namespace DealBot.Answering.Quantities;

/// <summary>
/// The clauses of a question (between commas, semicolons and sentence ends, in either language) and which of them ask
/// something: a rate stated in one clause ("每户1.2千瓦") belongs to its numbers, a "per household" in an asking
/// clause ("what's that per household?") is what the answer is measured in.
/// </summary>
internal sealed class Clauses
{
    private static readonly char[] Breaks = [',', '，', '、', ';', '；', '?', '？', '!', '！', '。', '\n'];
    private readonly List<(int Start, int End)> _spans = [];
    private readonly List<int> _asks;
    private readonly List<(int Start, int End)> _scale;
    private readonly List<int> _suppositions;

    public Clauses(string text, IReadOnlyList<CueHit> cues)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || (Array.IndexOf(Breaks, text[i]) >= 0 && !IsDecimalComma(text, i)) || IsFullStop(text, i))
            {
                if (i > start)
                {
                    _spans.Add((start, i));
                }

                start = i + 1;
            }
        }

        _asks = [.. cues.Where(c => c.Cue is "ask.amount" or "ask.howmuch" or "ask.power" or "ask.energy" or "ask.percent" or "ask.count" or "ask.days" or "ask.duration" or "ask.what" or "op.convert" or "op.share").Select(c => c.Start)];
        _scale = [.. cues.Where(c => c.Cue == "op.scale").Select(c => (c.Start, c.End))];
        _suppositions = [.. cues.Where(c => c.Cue is "frame.hypothetical" or "frame.premise").Select(c => c.Start)];
    }

    public bool Same(int a, int b) => IndexOf(a) == IndexOf(b);

    public int StartOf(int at) => IndexOf(at) is var i and >= 0 ? _spans[i].Start : 0;

    /// <summary>True when the clause of <paramref name="at"/> asks for something.</summary>
    public bool Asks(int at) => _asks.Any(a => Same(a, at));

    /// <summary>True when something is asked after <paramref name="at"/> in its clause ("每个用户头上是多少钱").</summary>
    public bool AsksAfter(int at) => _asks.Any(a => a > at && Same(a, at));

    /// <summary>True when the clause of <paramref name="at"/> states an assumption ("if …", "假如 …").</summary>
    public bool Supposes(int at) => _suppositions.Any(s => Same(s, at));

    /// <summary>True when <paramref name="at"/> is inside a phrase asking to scale at the same rate ("same $ per GW").</summary>
    public bool InScale(int at) => _scale.Any(s => at >= s.Start && Same(s.Start, at));

    private int IndexOf(int at)
    {
        for (var i = 0; i < _spans.Count; i++)
        {
            if (at >= _spans[i].Start && at < _spans[i].End)
            {
                return i;
            }
        }

        return -1;
    }

    // A full stop ends a sentence; the point of "0.08" or "U.S." does not.
    private static bool IsFullStop(string text, int i) => text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));

    // "8,000,000" is one number, not two clauses.
    private static bool IsDecimalComma(string text, int i) =>
        text[i] == ',' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
}
