using DealBot.Answering.Analysis;
using DealBot.Core.Answers;

namespace DealBot.Answering.Composition;

/// <summary>
/// Decides, before anything is composed, the questions that get a fixed reply instead of an answer: attempts to change
/// the rules and requests for investment advice (refused), tasks the bot does not do and questions the sources share
/// nothing with (out of scope), live data and topics no passage or fact covers (not in sources). Both composers sit
/// behind it, so the LLM never sees a question the offline path would refuse.
/// </summary>
internal static class QuestionScreen
{
    /// <summary>The fixed reply for <paramref name="context"/>, or null when the question is to be answered.</summary>
    public static ComposedAnswer? Decline(ComposeContext context)
    {
        var q = context.Question;
        switch (q.Kind)
        {
            case QuestionKind.Injection:
                return Fixed(AnswerStatus.Refused, AnswerPhrases.Injection(q.Language), "refused: instructions to change the rules");
            case QuestionKind.InvestmentAdvice:
                return Fixed(AnswerStatus.Refused, AnswerPhrases.Advice(q.Language), "refused: investment advice");
            case QuestionKind.OffTask:
                return Fixed(AnswerStatus.OutOfScope, AnswerPhrases.OutOfScope(q.Language), "out of scope: not a question about the deal");
            case QuestionKind.Live:
                return Fixed(AnswerStatus.NotInSources, AnswerPhrases.Live(q.Language), "not in sources: live data");
        }

        return ScopeJudge.Judge(context) switch
        {
            AnswerStatus.OutOfScope => Fixed(AnswerStatus.OutOfScope, AnswerPhrases.OutOfScope(q.Language), "out of scope: the question shares nothing with the sources"),
            { } status => Fixed(status, AnswerPhrases.NotInSources(q.Language), "not in sources: no passage or fact covers it"),
            null => null,
        };
    }

    /// <summary>A reply with no sources, for a question the sources do not answer.</summary>
    public static ComposedAnswer Fixed(AnswerStatus status, string text, string step) => new(status, text, [], [], null, [step]);
}
