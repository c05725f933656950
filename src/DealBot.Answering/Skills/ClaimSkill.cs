using System.Text.RegularExpressions;
using DealBot.Answering.Composition;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Documents;

namespace DealBot.Answering.Skills;

/// <summary>
/// Checks a claim the member asks to have confirmed ("so the first GW runs on Blackwell, right?", "第一期是2025年上线的吧？")
/// against the sentence of the sources about the same thing: when that sentence names another of the same kind of thing
/// (Vera Rubin where the claim says Blackwell) or another year, the claim is corrected with the sentence. A claim the
/// sentence does not contradict is left to the other skills: not contradicting is not confirming.
/// </summary>
internal sealed partial class ClaimSkill(Replies.Replies replies) : IAnswerSkill
{
    // The sentence must be about what the claim is about, with the contradicting part left out of the count.
    private const double Minimum = 0.4;
    private const int SentencesTried = 3;
    private const double Confident = 0.76;

    public string Name => "claim";

    public SkillBid? Bid(SkillContext context)
    {
        var frame = context.Frame;
        if (frame.Asked != AnswerType.YesNo && !frame.Has("frame.claim"))
        {
            return null;
        }

        var claimed = frame.Entities
            .Where(e => e.Entry.Kind is "product" or "company" or "person" or "project" && !frame.SupposedEntities.Contains(e.Entry.Id))
            .Select(e => e.Entry)
            .DistinctBy(e => e.Id)
            .ToList();
        var years = Years(frame.Text.Text);
        if (claimed.Count == 0 && years.Count == 0)
        {
            return null;
        }

        // Coverage of what the claim is about, without the parts it may have wrong (the claimed names and years).
        var about = context.Terms
            .Where(t => !claimed.Any(c => t.Key == "e:" + c.Id) && !years.Any(y => t.Key.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))
            .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        var tried = SentencePicker.Candidates(context)
            .Select(c => c with { Coverage = context.Knowledge.Matcher.Score(about, [c.Sentence]) })
            .Where(c => c.Coverage >= Minimum)
            .OrderByDescending(c => SentencePicker.Score(c, context.Language))
            .Take(SentencesTried)
            .ToList();
        context.Note($"claim: [{string.Join(", ", claimed.Select(c => c.Id))}] years [{string.Join(", ", years)}], {tried.Count} sentences about it");
        foreach (var candidate in tried)
        {
            var instead = Contradiction(context, claimed, years, candidate.Sentence);
            if (instead is null)
            {
                continue;
            }

            context.Note($"claim: contradicted by {candidate.Passage.SourceId}#{candidate.Passage.Position} ({instead})");
            var lead = replies.Get("claim.correction", context.Language);
            var prefix = candidate.Passage.Language == context.Language ? string.Empty : replies.Get("according_to", context.Language, ("title", candidate.Passage.Title));
            var text = context.Own(lead + prefix) + candidate.Sentence + context.Own(replies.AsReported(candidate.Passage.Published, context.Language));
            var citation = Citations.ForPassage(candidate.Passage, candidate.Sentence);
            var answer = new ComposedAnswer(AnswerStatus.Answered, text, [citation], [], candidate.Passage.Published, [$"claim corrected: {candidate.Passage.SourceId}#{candidate.Passage.Position} ({instead})"]);
            return new SkillBid(Name, Confident, answer, new TurnResult(Name) { ValueLabel = candidate.Sentence });
        }

        return null;
    }

    // What the sentence says instead: another thing of the kind the claim names, or another year.
    private static string? Contradiction(SkillContext context, IReadOnlyList<Core.Facts.GlossaryEntry> claimed, IReadOnlySet<int> years, string sentence)
    {
        var named = context.Knowledge.Glossary.Find(sentence).Select(m => m.Entry).DistinctBy(e => e.Id).ToList();
        foreach (var entry in claimed.Where(c => !named.Any(n => n.Id == c.Id)))
        {
            var other = named.FirstOrDefault(n => n.Kind == entry.Kind && !context.Frame.EntityIds.Contains(n.Id) && !context.Knowledge.CoreEntities.Contains(n.Id));
            if (other is not null)
            {
                return $"{other.Id}, not {entry.Id}";
            }
        }

        var stated = Years(sentence);
        return years.Count > 0 && stated.Count > 0 && !years.Overlaps(stated) ? $"{string.Join("/", stated)}, not {string.Join("/", years)}" : null;
    }

    private static HashSet<int> Years(string text) => [.. YearPattern().Matches(text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)")]
    private static partial Regex YearPattern();
}
