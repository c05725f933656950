using System.Text.RegularExpressions;

namespace DealBot.Core.Text;

/// <summary>
/// Splits a paragraph into sentences: after 。！？；… in Chinese (with any closing quote kept on the sentence), and after
/// . ! ? in English when followed by a space and a new sentence, except after abbreviations ("U.S.", "Inc.") and inside
/// numbers ("4.4%").
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "u.s", "u.k", "e.u", "inc", "corp", "co", "ltd", "mr", "mrs", "ms", "dr", "prof", "st", "vs", "e.g", "i.e", "etc", "no",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jr", "sr", "gov", "sen", "rep", "approx",
    };

    public static List<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            var end = -1;
            if (c is '。' or '！' or '？' or '；' or '…')
            {
                end = i + 1;
            }
            else if (c is '.' or '!' or '?' && IsEnglishBoundary(paragraph, i))
            {
                end = i + 1;
            }

            if (end < 0)
            {
                continue;
            }

            // Keep closing quotes and brackets with the sentence they close.
            while (end < paragraph.Length && paragraph[end] is '”' or '’' or '"' or '\'' or '」' or '』' or ')' or '）' or '…')
            {
                end++;
            }

            Add(sentences, paragraph[start..end]);
            start = end;
            i = end - 1;
        }

        Add(sentences, paragraph[start..]);
        return sentences;
    }

    private static bool IsEnglishBoundary(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '\'' or '”' or '’' or ')')
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        var after = next;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        if (after < text.Length && char.IsLower(text[after]))
        {
            return false;
        }

        var word = LastWord().Match(text[..i]).Value;
        return word.Length == 0 || !Abbreviations.Contains(word.TrimEnd('.')) && !(word.Length == 1 && char.IsUpper(word[0]));
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    [GeneratedRegex(@"[A-Za-z.]+$")]
    private static partial Regex LastWord();
}
