using System.Text.RegularExpressions;

namespace DealBot.Answering.Verification;

/// <summary>
/// Blanks out the digits that are not claims: citation markers ("[1]", "[deal-structure-en/p3]", "【2】") and list
/// markers at the start of a line ("1. ", "2) ", "3、"). Blanking keeps offsets, so reported positions stay true.
/// </summary>
internal static partial class AnswerMasking
{
    public static string Mask(string text) =>
        ListMarker().Replace(CitationMarker().Replace(text, Blank), m => m.Groups["lead"].Value + new string(' ', m.Length - m.Groups["lead"].Length));

    private static string Blank(Match m) => new(' ', m.Length);

    [GeneratedRegex(@"[\[【](?:\d+|[a-z0-9][a-z0-9-]*(?:/p\d+|#[a-z0-9-]+)?)(?:\s*[,;，]\s*(?:\d+|[a-z0-9][a-z0-9-]*(?:/p\d+|#[a-z0-9-]+)?))*[\]】]|\b[a-z][a-z0-9-]*(?:/p\d+|#[a-z0-9-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex CitationMarker();

    [GeneratedRegex(@"(?m)^(?<lead>[ \t]*)\d{1,2}(?:[.)](?=[ \t])|、)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();
}
