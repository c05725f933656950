using DealBot.Answering.Verification;
using DealBot.Core.Figures;
using DealBot.Core.Text;

namespace DealBot.Answering.Composition;

/// <summary>
/// Completes the citations of an answer whose numbers are stated by the retrieved passages but not by the quotes it
/// cites (a milestone's description names "1 GW"; the passage that says so becomes a citation too).
/// </summary>
internal static class GroundingRepair
{
    public static ComposedAnswer AddMissingCitations(ComposedAnswer answer, GroundingVerdict verdict, ComposeContext context, FigureEquivalence equivalence)
    {
        var citations = answer.Citations.ToList();
        foreach (var number in verdict.Ungrounded)
        {
            var needle = new Figure(number.Kind, number.Value, number.Unit, Qualifier.Exact, number.Text, 0, 0);
            foreach (var scored in context.Passages)
            {
                var figure = equivalence.Find(needle, scored.Passage.Figures);
                if (figure is null)
                {
                    continue;
                }

                var sentence = SentenceSplitter.Split(scored.Passage.Text).FirstOrDefault(s => s.Contains(figure.Surface, StringComparison.Ordinal)) ?? scored.Passage.Text;
                citations.Add(CitationBuilder.ForPassage(scored.Passage, sentence));
                break;
            }
        }

        return answer with { Citations = CitationBuilder.Distinct(citations) };
    }
}
