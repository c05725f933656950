using DealBot.Core.Documents;
using DealBot.Core.Figures;

namespace DealBot.Answering.Skills;

/// <summary>
/// Which of a sentence's dates goes with what a question names ("opened a review … on November 2, 2026, and must
/// decide by February 1, 2027": the review's opening, or its deadline): the date nearest the named words, on the side
/// the sentence's language writes them.
/// </summary>
internal static class DateInSentence
{
    // Chinese mostly writes a date before what happened on it ("于2026年11月20日动工"), English after ("began on
    // October 5"): words on the other side of a date stand half as far again, which settles near ties only ("截止日期为…"
    // is written the other way).
    private const double OtherSide = 1.5;

    // A word in another clause than the date ("invited comments on October 29, 2026, with a deadline … of November 12")
    // is further from it than any word of its own clause.
    private const double OtherClause = 100;

    /// <summary>The distance of a date none of the terms stands near: as far as a long sentence's words go.</summary>
    public const double Unplaced = 300;

    /// <summary>The single-day date of <paramref name="dates"/> nearest the terms, or null when the sentence states none.</summary>
    public static Figure? Nearest(SkillContext context, IReadOnlyDictionary<string, double> terms, string sentence, IEnumerable<Figure> dates, string language) =>
        dates.Where(IsDay)
            .Select((d, i) => (Date: d, Distance: Distance(context, terms, sentence, d, language), Order: i))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Order)
            .FirstOrDefault().Date;

    /// <summary>
    /// The terms that place a date: without the names only later reports use, which say which report, and without the
    /// names of who or what the question is about ("the CMA" invited comments on one date and set a deadline on
    /// another), which say whose dates; what happened on the date ("deadline", "动工") places it.
    /// </summary>
    public static Dictionary<string, double> Placing(SkillContext context, IReadOnlyDictionary<string, double> terms)
    {
        var names = context.ArticleNames();
        var text = context.Frame.Text.Text;
        var subjects = context.Frame.Entities.Where(e => e.Entry.Kind is "company" or "person" or "agency" or "place" or "project" or "product").ToList();
        var named = subjects.Select(e => "e:" + e.Entry.Id)
            .Concat(subjects.SelectMany(e => context.Knowledge.Matcher.Terms(text.Substring(e.Start, Math.Min(e.Length, text.Length - e.Start)))))
            .ToHashSet(StringComparer.Ordinal);
        return terms.Where(t => !names.ContainsKey(t.Key) && !named.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
    }

    public static bool IsDay(Figure figure) => figure.Kind == FigureKind.Date && figure.From is { } day && figure.To == day;

    /// <summary>
    /// Characters between the date and the nearest of the terms in the sentence; <see cref="Unplaced"/> when none of
    /// them is there, the same for every date and sentence, so that a longer sentence is no further.
    /// </summary>
    public static double Distance(SkillContext context, IReadOnlyDictionary<string, double> terms, string sentence, Figure date, string language)
    {
        var at = sentence.IndexOf(date.Surface, StringComparison.Ordinal);
        if (at < 0)
        {
            return Unplaced;
        }

        var end = at + date.Surface.Length;
        var before = language == Languages.Chinese ? OtherSide : 1;
        var after = language == Languages.Chinese ? 1 : OtherSide;
        var clauses = Clauses(sentence);
        var best = Unplaced;
        foreach (var (start, length) in Positions(context, terms, sentence))
        {
            var gap = start + length <= at ? (at - (start + length)) * before
                : start >= end ? (start - end) * after
                : 0;
            if (clauses[Math.Min(start, clauses.Length - 1)] != clauses[at])
            {
                gap += OtherClause;
            }

            best = Math.Min(best, gap);
        }

        return best;
    }

    // Which clause each character is in: clauses end at commas, semicolons and colons, but not at the comma of a
    // figure ("1,600") or of a date ("October 29, 2026").
    private static int[] Clauses(string sentence)
    {
        var ids = new int[Math.Max(1, sentence.Length)];
        var id = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            ids[i] = id;
            var c = sentence[i];
            var figureComma = c == ',' && i > 0 && char.IsDigit(sentence[i - 1]) && i + 1 < sentence.Length && char.IsDigit(sentence[i + 1]);
            var dateComma = c == ',' && i + 5 < sentence.Length && sentence[i + 1] == ' ' && char.IsDigit(sentence[i + 2]) && char.IsDigit(sentence[i + 3]) && char.IsDigit(sentence[i + 4]) && char.IsDigit(sentence[i + 5]);
            if (c is ',' or '，' or ';' or '；' or ':' or '：' && !figureComma && !dateComma)
            {
                id++;
            }
        }

        return ids;
    }

    // Where the terms stand: an entity wherever the glossary finds one of its names, a word or bigram where it is written.
    private static IEnumerable<(int Start, int Length)> Positions(SkillContext context, IReadOnlyDictionary<string, double> terms, string sentence)
    {
        foreach (var match in context.Knowledge.Glossary.Find(sentence).Where(m => terms.ContainsKey("e:" + m.Entry.Id)))
        {
            yield return (match.Start, match.Length);
        }

        // A word the sentence capitalises inside it is part of a name ("the Fenwick Falls power contract"): it says
        // whose date, not what happened on it.
        var lower = Core.Text.ChineseScript.ToSimplified(sentence.ToLowerInvariant());
        foreach (var term in terms.Keys.Where(t => !t.Contains(':', StringComparison.Ordinal) && t.Length >= 2))
        {
            for (var i = lower.IndexOf(term, StringComparison.Ordinal); i >= 0; i = lower.IndexOf(term, i + 1, StringComparison.Ordinal))
            {
                if (i == 0 || !char.IsUpper(sentence[i]))
                {
                    yield return (i, term.Length);
                }
            }
        }
    }
}
