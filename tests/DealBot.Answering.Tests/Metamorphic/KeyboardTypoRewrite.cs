using System.Text.RegularExpressions;

namespace DealBot.Answering.Tests.Metamorphic;

/// <summary>
/// One fat-fingered letter: the middle letter of the question's longest word (five letters or more, the first such word
/// on a tie) becomes the key beside it on a QWERTY keyboard (Nvidia → Nvifia). Numbers, words touching digits and
/// words under five letters (short entity names such as AMD) are never changed.
/// </summary>
public sealed partial class KeyboardTypoRewrite : IQuestionRewrite
{
    private const int MinimumLength = 5;
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    public string Name => "one-letter typo";

    public string? Rewrite(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        Match? longest = null;
        foreach (Match word in LatinWord().Matches(question))
        {
            if (word.Length >= MinimumLength && (longest is null || word.Length > longest.Length))
            {
                longest = word;
            }
        }

        if (longest is null)
        {
            return null;
        }

        var at = longest.Index + (longest.Length / 2);
        var chars = question.ToCharArray();
        chars[at] = Neighbour(chars[at]);
        return new string(chars);
    }

    /// <summary>The key to the right of <paramref name="letter"/>, or to its left at the end of a row; case is kept.</summary>
    public static char Neighbour(char letter)
    {
        var lower = char.ToLowerInvariant(letter);
        foreach (var row in Rows)
        {
            var i = row.IndexOf(lower, StringComparison.Ordinal);
            if (i >= 0)
            {
                var next = row[i + 1 < row.Length ? i + 1 : i - 1];
                return char.IsUpper(letter) ? char.ToUpperInvariant(next) : next;
            }
        }

        throw new ArgumentException($"'{letter}' is not a Latin letter", nameof(letter));
    }

    // A run of Latin letters with no letter or digit of the Latin alphabet either side: "10GW" holds no word.
    [GeneratedRegex("(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])")]
    private static partial Regex LatinWord();
}
