using DealBot.Answering.Skills;
using DealBot.Answering.Understanding;
using DealBot.Answering.Verification;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Figures;
using DealBot.Core.Retrieval;
using DealBot.Core.Text;
using Microsoft.Extensions.Logging;

namespace DealBot.Answering.Composition;

/// <summary>
/// The deterministic answer engine (no LLM). A message that asks several things is split and answered part by part
/// in one reply, each part read against the one before it. For each part every skill bids; the best bid answers.
/// When no skill is confident, the reply says the sources do not answer it directly and quotes the closest passage.
/// The answer is held to the grounding verifier: a number it states must be quoted or computed.
/// </summary>
internal sealed partial class OfflineEngine(
    IEnumerable<IAnswerSkill> skills,
    AnswerContextFactory contexts,
    PremiseCorrection premises,
    GroundingVerifier verifier,
    FigureEquivalence equivalence,
    Replies.Replies replies,
    ILogger<OfflineEngine> logger)
{
    private const double Confident = 0.45;
    private const double NearestMinimum = 0.2;
    private readonly IReadOnlyList<IAnswerSkill> _skills = [.. skills];

    /// <summary>
    /// Answers a question that passed the screen; returns the answer, what it leaves for a follow-up, and the
    /// verifier's verdict (in words for the trace, and typed).
    /// </summary>
    public async Task<(AnsweredTurn Turn, string? Verdict, VerifierVerdict Outcome)> AnswerAsync(AnswerContext context, CancellationToken cancellationToken)
    {
        var frame = context.Frame;
        var parts = frame.Kind == QuestionKind.Question ? QuestionSplitter.Split(frame.Text, frame.Cues) : [(0, frame.Text.Text.Length)];
        AnsweredTurn answered;
        if (parts.Count == 1)
        {
            answered = Answer(context.ForSkills);
        }
        else
        {
            var answers = new List<AnsweredTurn>();
            var previousFrame = context.Previous?.Frame;
            var previousResult = context.Previous?.Result;
            foreach (var (start, length) in parts)
            {
                var partFrame = contexts.Resolve(frame.Text.Slice(start, length), previousFrame, previousResult, context.Knowledge, continuesMessage: answers.Count > 0);
                var passages = await contexts.RetrieveAsync(partFrame, context.Knowledge, cancellationToken).ConfigureAwait(false);
                var part = Answer(new SkillContext(partFrame, passages, context.Knowledge));
                answers.Add(part);
                (previousFrame, previousResult) = (part.Frame, part.Result);
            }

            answered = Merge(frame, answers);
        }

        var corrected = premises.Correct(answered.Answer, context.ForSkills);
        var (grounded, verdict, outcome) = Ground(corrected, context);

        // "the other one?" two turns after a list, past a question that named one of it on its own: the list stays.
        if (answered.Result.LastList.Count == 0 && context.Previous?.Result is { LastList.Count: > 0 } before)
        {
            answered = answered with { Result = answered.Result with { LastList = before.LastList } };
        }

        return (answered with { Answer = grounded }, verdict, outcome);
    }

    private AnsweredTurn Answer(SkillContext context)
    {
        var bids = new List<SkillBid>();
        foreach (var skill in _skills)
        {
            try
            {
                if (skill.Bid(context) is { } bid)
                {
                    bids.Add(bid);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One faulty skill must not cost the member the answer other skills can give.
                LogSkillFailed(skill.Name, context.Frame.Text.Original, ex);
            }
        }

        var best = bids.OrderByDescending(b => b.Score).FirstOrDefault();
        var notes = context.Notes.Select(n => "note: " + n);
        if (best is null || best.Score < Confident)
        {
            var nearest = Nearest(context);
            return new AnsweredTurn(context.Frame, nearest with { Steps = [.. bids.Select(b => $"bid {b.Skill}: {b.Score:0.00}"), .. notes, .. nearest.Steps] }, TurnResult.None);
        }

        var steps = bids.OrderByDescending(b => b.Score).Select(b => $"bid {b.Skill}: {b.Score:0.00}").Prepend($"skill: {best.Skill} (asked {context.Frame.Asked}{(context.Frame.IsFollowUp ? ", follow-up" : string.Empty)})");
        return new AnsweredTurn(context.Frame, best.Answer with { Steps = [.. steps, .. notes, .. best.Answer.Steps] }, Carried(best.Result, best.Answer, context.Frame));
    }

    // What a turn hands on: its citations, and the last list the conversation showed.
    private static TurnResult Carried(TurnResult result, ComposedAnswer answer, QuestionFrame frame) => result with
    {
        Citations = answer.Citations,
        LastList = result.Items.Count >= 2 ? result.Items : frame.PreviousResult?.LastList ?? [],
    };

    // No skill is confident: say so, and quote the closest passage rather than present an off-target figure.
    private ComposedAnswer Nearest(SkillContext context)
    {
        var nearest = SentencePicker.Candidates(context).Where(c => c.Coverage >= NearestMinimum).OrderByDescending(c => SentencePicker.Score(c, context.Language)).FirstOrDefault();
        if (nearest is null)
        {
            return Screen.Fixed(AnswerStatus.NotInSources, replies.Get("not_in_sources", context.Language), "not in sources: no skill answered and no passage is close", context.Frame);
        }

        var text = context.Own(replies.Get("not_direct", context.Language, ("quote", string.Empty))) + nearest.Sentence;
        return new ComposedAnswer(AnswerStatus.NotInSources, text, [Citations.ForPassage(nearest.Passage, nearest.Sentence)], [], nearest.Passage.Published, [$"no skill confident; nearest passage {nearest.Passage.SourceId}#{nearest.Passage.Position}"]);
    }

    // One reply for a multi-part question: each part's answer in order; answered when any part is.
    private static AnsweredTurn Merge(QuestionFrame frame, List<AnsweredTurn> parts)
    {
        var answers = parts.Select(p => p.Answer).ToList();
        var status = answers.Any(a => a.Status == AnswerStatus.Answered) ? AnswerStatus.Answered : answers[0].Status;
        var composed = new ComposedAnswer(
            status,
            // Two parts the same answer covers ("who is he? which firm?") show it once.
            string.Join("\n", answers.Select(a => a.Text).Distinct(StringComparer.Ordinal)),
            Citations.Distinct(answers.SelectMany(a => a.Citations)),
            [.. answers.SelectMany(a => a.Calculations)],
            answers.Max(a => a.AsOf),
            [.. answers.SelectMany((a, i) => a.Steps.Select(s => $"part {i + 1}: {s}"))]);
        // A follow-up refers to the last result the reply gave ("那相当于多少比例？" after "第一笔呢？啥时候给？").
        var last = parts[^1].Result;
        var valued = parts.LastOrDefault(p => p.Result.Value is not null)?.Result ?? last;
        var items = parts.SelectMany(p => p.Result.Items).ToList();
        var result = last with
        {
            Value = valued.Value,
            ValueLabel = valued.ValueLabel ?? last.ValueLabel,
            Plan = valued.Plan,
            Items = items.Count > 0 ? items : last.Items,
            LastList = items.Count >= 2 ? items : last.LastList,
            Citations = composed.Citations,
            FactIds = [.. parts.SelectMany(p => p.Result.FactIds)],
            Day = parts.LastOrDefault(p => p.Result.Day is not null)?.Result.Day,
        };
        return new AnsweredTurn(frame, composed, result);
    }

    // Missing citations are completed from the retrieved passages; an answer that still states an unsourced number
    // gives way to the closest passage.
    private (ComposedAnswer Answer, string? Verdict, VerifierVerdict Outcome) Ground(ComposedAnswer composed, AnswerContext context)
    {
        if (composed.Status != AnswerStatus.Answered)
        {
            return (composed, null, VerifierVerdict.NotChecked);
        }

        var today = context.Knowledge.Today;
        IEnumerable<DateOnly> known = composed.AsOf is { } asOf ? [asOf, today] : [today];
        var check = verifier.Verify(composed.Text, composed.Citations, composed.Calculations, known);
        if (!check.Grounded)
        {
            composed = composed with { Citations = Citations.Distinct([.. composed.Citations, .. MissingCitations(check, context.Passages)]) };
            check = verifier.Verify(composed.Text, composed.Citations, composed.Calculations, known);
        }

        if (check.Grounded)
        {
            return (composed, "grounded", VerifierVerdict.Grounded);
        }

        LogUngrounded(check.Describe());
        var nearest = Nearest(context.ForSkills);
        return (nearest with { Steps = [.. composed.Steps, $"replaced ({check.Describe()}): {composed.Text}", .. nearest.Steps] }, $"replaced by the nearest passage: {check.Describe()}", VerifierVerdict.Rejected);
    }

    // A milestone's description names "1 GW": the passage that states it becomes a citation too.
    private IEnumerable<Citation> MissingCitations(GroundingVerdict verdict, IReadOnlyList<ScoredPassage> passages)
    {
        foreach (var number in verdict.Ungrounded)
        {
            var needle = new Figure(number.Kind, number.Value, number.Unit, Qualifier.Exact, number.Text, 0, 0);
            foreach (var scored in passages)
            {
                if (equivalence.Find(needle, scored.Passage.Figures) is { } figure)
                {
                    var sentence = SentenceSplitter.Split(scored.Passage.Text).FirstOrDefault(s => s.Contains(figure.Surface, StringComparison.Ordinal)) ?? scored.Passage.Text;
                    yield return Citations.ForPassage(scored.Passage, sentence);
                    break;
                }
            }
        }
    }

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "The {Skill} skill failed on the question \"{Question}\"")]
    private partial void LogSkillFailed(string skill, string question, Exception exception);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Offline answer failed its own grounding check: {Problem}")]
    private partial void LogUngrounded(string problem);
}
