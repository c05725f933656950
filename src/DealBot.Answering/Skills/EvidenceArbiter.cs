namespace DealBot.Answering.Skills;

/// <summary>
/// Decides when a retrieved sentence answers better than the curated fact chosen for a question. Newer evidence
/// wins: an article added later states what no curated fact has ("the second investment", a new site's cost). A
/// sentence wins when it matches every term of the question the fact matches and clearly more, or matches as well
/// and comes from a newer article.
/// </summary>
internal static class EvidenceArbiter
{
    private const double Margin = 0.12;
    private const double NewerTolerance = 0.05;

    public static bool SentenceWins(SkillContext context, IEnumerable<string> factTexts, double factScore, DateOnly factAsOf, SentenceCandidate sentence)
    {
        var texts = factTexts.ToList();
        var matcher = context.Knowledge.Matcher;
        var covered = context.TermsFor(sentence.Passage)
            .Where(t => matcher.Score(new Dictionary<string, double>(StringComparer.Ordinal) { [t.Key] = t.Value }, texts) > 0)
            .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        if (covered.Count > 0 && matcher.Score(covered, [sentence.Sentence]) < 1)
        {
            return false;
        }

        // A fact's score carries bonuses past a full match (an alias of the figure named whole); a sentence's coverage
        // stops at a full match, so the two are compared up to that.
        var fact = Math.Min(1, factScore);
        var newer = sentence.Passage.Published is { } published && published > factAsOf;
        return sentence.Coverage > fact + Margin || (newer && sentence.Coverage >= fact - NewerTolerance);
    }
}
