using System.Text.RegularExpressions;

namespace DealBot.Answering.Skills;

/// <summary>
/// Names of people or organisations a sentence gives that the glossary does not know, as articles added later write
/// them: two or more capitalised words ("Priya Raman", "Calder Thermal Systems"), a Chinese name with its English form
/// in brackets ("林嘉慧（Karen Lin）"), or a transliterated name ("苏菲·洛朗").
/// </summary>
internal static partial class ProperNames
{
    public static IEnumerable<string> In(string sentence) =>
        LatinName().Matches(sentence).Select(m => m.Value)
            .Concat(BracketedName().Matches(sentence).Select(m => m.Groups[1].Value))
            .Concat(TransliteratedName().Matches(sentence).Select(m => m.Value));

    /// <summary>True when <paramref name="sentence"/> gives a name that <paramref name="question"/> does not.</summary>
    public static bool Gives(string sentence, string question) =>
        In(sentence).Any(name => !question.Contains(name, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:\s+(?:&\s+)?[A-Z][a-z]+)+\b")]
    private static partial Regex LatinName();

    [GeneratedRegex(@"[\u4e00-\u9fff]{2,4}[（(]([A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)[）)]")]
    private static partial Regex BracketedName();

    [GeneratedRegex(@"[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,6}")]
    private static partial Regex TransliteratedName();
}
