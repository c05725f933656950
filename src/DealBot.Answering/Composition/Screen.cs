using DealBot.Answering.Skills;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Retrieval;

namespace DealBot.Answering.Composition;

/// <summary>
/// Decides, before anything is composed, the messages that get a fixed reply: attempts to change the rules and requests
/// for investment advice (refused), tasks the bot does not do and messages the sources share nothing with (out of
/// scope), live data (not in the sources). Both composers sit behind it, so the LLM never sees a message the offline
/// path would refuse.
/// </summary>
internal sealed class Screen(Replies.Replies replies)
{
    private const double OutOfScopeCoverage = 0.34;

    /// <summary>The fixed reply for the message, or null when it is to be answered.</summary>
    public ComposedAnswer? Decline(QuestionFrame frame, IReadOnlyList<ScoredPassage> passages, KnowledgeView knowledge)
    {
        var language = frame.Language;
        switch (frame.Kind)
        {
            case QuestionKind.Injection:
                return Fixed(AnswerStatus.Refused, replies.Get("refused.injection", language), "refused: instructions to change the rules", frame);
            case QuestionKind.InvestmentAdvice:
                return Fixed(AnswerStatus.Refused, replies.Get("refused.advice", language), "refused: investment advice", frame);
            case QuestionKind.OffTask:
                return Fixed(AnswerStatus.OutOfScope, OutOfScope(frame), "out of scope: not a question about the deal", frame);
            case QuestionKind.Live:
                return Fixed(AnswerStatus.NotInSources, replies.Get("live", language), "not in sources: live data", frame);
            case QuestionKind.ChitChat:
                return null;
        }

        // Naming something of the story, following up, asking for its lists ("key numbers", "the timeline") or stating
        // one of its figures ("the 100bn in euros") puts a question in scope whatever else it says.
        // A place or an everyday word alone ("the capital of Japan") is not the story: the glossary knows them to match
        // articles across languages and synonyms.
        if (frame.Entities.Any(e => e.Entry.Kind is not ("place" or "word")) || frame.IsFollowUp || !frame.Quantities.Target.IsEmpty || frame.Cues.Any(c => c.Cue is "list.numbers" or "list.timeline" || c.Cue.StartsWith("topic.", StringComparison.Ordinal))
            || frame.Quantities.Quantities.Any(q => knowledge.Facts.Figures.Any(f => f.Kind != DealBot.Core.Figures.FigureKind.Date && q.Figure is { } n && n.Value == f.Value)))
        {
            return null;
        }

        // A question that names nothing of the story and whose words the best passages barely share is about
        // something else. The passages are read together: a question about an article added in the other language
        // may share a name here and a word there.
        var coverage = knowledge.Matcher.Score(frame.Terms, passages.Take(5).Select(p => p.Passage.Text));

        // A name only an article added later uses ("the Lanyue CEO") is the story too; so are the words members use for
        // a curated figure ("首笔占总额的百分之几": the first tranche).
        if (coverage >= OutOfScopeCoverage || ArticleNames.Of(frame.Terms, passages, knowledge).Count > 0)
        {
            return null;
        }

        var simplified = Core.Text.ChineseScript.ToSimplified(frame.Text.Lower);
        return knowledge.Facts.Figures.Any(f => knowledge.Matcher.Score(frame.Terms, f) >= FigureNamed || f.Aliases.Any(a => a.Length >= (Core.Documents.Languages.IsCjk(a[0]) ? CjkAliasLength : LatinAliasLength) && simplified.Contains(a, StringComparison.OrdinalIgnoreCase)))
            ? null
            : Fixed(AnswerStatus.OutOfScope, OutOfScope(frame), "out of scope: the question shares nothing with the sources", frame);
    }

    private const double FigureNamed = 0.5;
    // A Chinese alias of two characters names a figure ("首笔"); an English one that short ("users") names anything.
    private const int CjkAliasLength = 2;
    private const int LatinAliasLength = 8;

    // Turning a message away still shows what the bot can do.
    private string OutOfScope(QuestionFrame frame) =>
        replies.Get("out_of_scope", frame.Language) + string.Concat(replies.Examples(frame.Language, frame.Text.Text.Length).Select(e => "\n- " + e));

    /// <summary>A reply with no sources.</summary>
    public static ComposedAnswer Fixed(AnswerStatus status, string text, string step, QuestionFrame frame) => new(status, frame.Text.InScript(text), [], [], null, [step]);
}
