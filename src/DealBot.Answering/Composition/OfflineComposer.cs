using DealBot.Answering.Analysis;
using DealBot.Core.Answers;

namespace DealBot.Answering.Composition;

/// <summary>
/// The deterministic composer (no LLM): picks the computation, view, milestone, figure or passage the question asks
/// for and writes a short answer in the question's language, with citations. It reasons from what retrieval returned
/// and from the curated facts, never from the wording of known questions, so articles added later are answered too.
/// </summary>
internal sealed class OfflineComposer(CalculationComposer calculations, FactComposer facts, ExtractiveComposer extracts)
{
    public ComposedAnswer Compose(ComposeContext context)
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

        if (ScopeJudge.Judge(context) is { } status)
        {
            return status == AnswerStatus.OutOfScope
                ? Fixed(status, AnswerPhrases.OutOfScope(q.Language), "out of scope: the question shares nothing with the sources")
                : Fixed(status, AnswerPhrases.NotInSources(q.Language), "not in sources: no passage or fact covers it");
        }

        var answer = calculations.TryCompose(context);
        if (answer is null && q.Has(Intent.View))
        {
            answer = facts.Views(context);
        }

        if (answer is null && q.Has(Intent.When) && !q.Has(Intent.Amount))
        {
            answer = facts.Event(context);
        }

        answer ??= facts.Figure(context);
        answer ??= extracts.Compose(context);
        if (answer is null && q.Has(Intent.When))
        {
            answer = facts.Event(context);
        }

        return answer ?? Fixed(AnswerStatus.NotInSources, AnswerPhrases.NotInSources(q.Language), "not in sources: nothing matched well enough");
    }

    private static ComposedAnswer Fixed(AnswerStatus status, string text, string step) => new(status, text, [], [], null, [step]);
}
