using DealBot.Core.Documents;
using DealBot.Core.Text;

namespace DealBot.Answering.Analysis;

/// <summary>Whether a text states a phrase whole: Chinese anywhere, Latin script as whole words, ignoring case and width.</summary>
internal static class PhraseMatch
{
    public static bool Contains(string text, string phrase)
    {
        var needle = TextNormalizer.Normalize(phrase).Trim();
        if (needle.Length == 0)
        {
            return false;
        }

        for (var at = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (Bounded(text, at - 1, needle[0]) && Bounded(text, at + needle.Length, needle[^1]))
            {
                return true;
            }
        }

        return false;
    }

    // A Latin phrase must not run into a neighbouring word ("GW" is not in "GWh"); Chinese has no spaces to check.
    private static bool Bounded(string text, int index, char edge) =>
        index < 0 || index >= text.Length || Languages.IsCjk(edge) || !char.IsLetterOrDigit(text[index]);
}
