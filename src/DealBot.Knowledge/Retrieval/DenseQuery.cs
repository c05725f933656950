using DealBot.Core.Documents;
using DealBot.Core.Matching;

namespace DealBot.Knowledge.Retrieval;

/// <summary>
/// What the dense model is given for a question: the texts whose embeddings, added up, are the question's vector.
/// Chinese entity names always become their English names, as they do for passages (the model reads only English).
/// An English question is also embedded without its entity names: every passage of this knowledge base names Nvidia
/// and OpenAI, so in a short question the names outweigh what is asked about them ("which hardware generation powers
/// the initial rollout"), and the sparse leg matches names exactly anyway. A Chinese question keeps its one text:
/// without its names, what is left are characters the model does not know.
/// </summary>
internal static class DenseQuery
{
    public static IReadOnlyList<string> TextsFor(string question, GlossaryMatcher glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        var named = glossary.WithEnglishNames(question);
        if (Languages.Detect(question) != Languages.English)
        {
            return [named];
        }

        var unnamed = glossary.WithoutNames(question);
        return ReferenceEquals(unnamed, question) || !unnamed.Any(char.IsLetter) ? [named] : [named, unnamed];
    }
}
