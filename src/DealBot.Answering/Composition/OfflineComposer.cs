using DealBot.Answering.Analysis;
using DealBot.Core.Answers;

namespace DealBot.Answering.Composition;

/// <summary>
/// The deterministic composer (no LLM): picks the computation, view, milestone, figure or passage the question asks
/// for and writes a short answer in the question's language, with citations. It reasons from what retrieval returned
/// and from the curated facts, never from the wording of known questions, so articles added later are answered too.
/// It composes questions that passed the <see cref="QuestionScreen"/>.
/// </summary>
internal sealed class OfflineComposer(CalculationComposer calculations, DaysComposer days, FactComposer facts, ExtractiveComposer extracts, PremiseCheck premises)
{
    public ComposedAnswer Compose(ComposeContext context)
    {
        var q = context.Question;
        var answer = q.Has(Intent.Days) ? days.Compose(context) : null;
        answer ??= calculations.TryCompose(context);
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

        return answer is null
            ? QuestionScreen.Fixed(AnswerStatus.NotInSources, AnswerPhrases.NotInSources(q.Language), "not in sources: nothing matched well enough")
            : premises.Correct(answer, context);
    }
}
