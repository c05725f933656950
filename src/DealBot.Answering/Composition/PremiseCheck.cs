using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Figures;

namespace DealBot.Answering.Composition;

/// <summary>
/// Corrects a false premise from the sources: when the premise of a question states a number ("since Nvidia is
/// investing $300 billion") that the curated figure it is about contradicts, the answer opens with what the sources
/// say, cited, and never repeats the number it corrects.
/// </summary>
internal sealed class PremiseCheck(FigureFormatter formatter)
{
    public ComposedAnswer Correct(ComposedAnswer answer, ComposeContext context)
    {
        if (answer.Status != AnswerStatus.Answered || context.Premise is not { Contradicted: true, Fact: var fact })
        {
            return answer;
        }

        var value = formatter.Format(fact.Kind, fact.Value, fact.Unit, fact.Qualifier, context.Language);
        var label = fact.Label.For(context.Language);
        var correction = AnswerPhrases.PremiseCorrection(context.Language)
            + (context.Language == Languages.Chinese ? $"{label}：{value}。" : $"{label}: {value}. ");
        var citations = CitationBuilder.Distinct([CitationBuilder.ForFact(fact.Sources, context), .. answer.Citations]);
        return answer with
        {
            Text = correction + answer.Text,
            Citations = citations,
            AsOf = CitationBuilder.AsOf(citations) ?? answer.AsOf,
            Steps = [.. answer.Steps, $"premise corrected: {fact.Id}"],
        };
    }
}
