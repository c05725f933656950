using System.Globalization;
using System.Text;
using DealBot.Core.Documents;
using DealBot.Core.Text;

namespace DealBot.Knowledge.Embedding;

/// <summary>
/// Prepares text for the package's WordPiece tokenizer the way BERT's own basic tokenizer would, which that tokenizer
/// skips: it splits words on spaces only and drops any "word" longer than 50 characters. So every run of whitespace
/// (line breaks and tabs too) becomes one space, each Chinese character and each punctuation mark stands alone, and
/// accents are stripped (the model is uncased). Without this a Chinese sentence is one long "word", dropped or reduced
/// to an unknown token, and "title\ntext" fuses the title's last word with the text's first.
/// </summary>
internal static class BertInputText
{
    public static string Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = WellFormedText.Of(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length + 16);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var standsAlone = Languages.IsCjk(c) || IsPunctuation(c);
            if (sb.Length > 0 && (pendingSpace || standsAlone || EndsWithStandAlone(sb)))
            {
                sb.Append(' ');
            }

            sb.Append(c);
            pendingSpace = false;
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool EndsWithStandAlone(StringBuilder sb)
    {
        var last = sb[^1];
        return last != ' ' && (Languages.IsCjk(last) || IsPunctuation(last));
    }

    // BERT counts every non-alphanumeric printable ASCII character as punctuation ("$", "%", "^"), besides Unicode's.
    private static bool IsPunctuation(char c) =>
        c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~') || char.IsPunctuation(c);
}
