using System.Globalization;
using DealBot.Core.Documents;
using DealBot.Core.Figures;
using DealBot.Core.Text;

namespace DealBot.Core.Matching;

/// <summary>
/// Turns text into the terms of the sparse (lexical) leg of retrieval, so that the same fact is found in either
/// language and whichever way a number is written:
/// <list type="bullet">
/// <item>entities from the glossary, one term per entity whatever its name ("英伟达" and "Nvidia" both give "e:nvidia");</item>
/// <item>figures normalised to value and unit ("US$100 billion", "$100B", "1000亿美元" all give "n:USD:100000000000"),
/// and dates to their year and period;</item>
/// <item>English words, lower-cased, stop words dropped, lightly stemmed;</item>
/// <item>Chinese character bigrams (and single characters standing alone), which need no dictionary.</item>
/// </list>
/// </summary>
public sealed class TermAnalyzer(GlossaryMatcher glossary, FigureExtractor figures)
{
    private static readonly HashSet<string> EnglishStopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by", "with", "at", "from", "as", "is", "are", "was", "were",
        "be", "been", "it", "its", "this", "that", "these", "those", "which", "who", "whom", "what", "how", "when", "where", "why",
        "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "about", "into", "than", "then",
        "there", "their", "they", "them", "he", "she", "his", "her", "we", "our", "you", "your", "i", "me", "my", "so", "if",
        "but", "not", "no", "also", "much", "many", "any", "some", "s", "said", "say", "says",
    };

    /// <summary>The terms of <paramref name="text"/>, with repetitions (term frequency matters for documents).</summary>
    public List<string> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Traditional and simplified Chinese are one language to match: 輝達 and 辉达 give the same terms.
        var normalized = ChineseScript.ToSimplified(TextNormalizer.Normalize(text));
        var terms = new List<string>();
        foreach (var match in glossary.Find(normalized))
        {
            terms.Add("e:" + match.Entry.Id);
            if (match.Entry.Represents is { Length: > 0 } represented)
            {
                terms.Add("e:" + represented);
            }
        }

        foreach (var figure in figures.Extract(normalized))
        {
            AddFigureTerms(terms, figure);
        }

        AddWordTerms(terms, normalized);
        return terms;
    }

    private static void AddFigureTerms(List<string> terms, Figure figure)
    {
        if (figure.Kind == FigureKind.Date)
        {
            if (figure.From is { } from && figure.To is { } to)
            {
                terms.Add($"d:{from:yyyy}");
                if (from.Year == to.Year && (from.Month != 1 || to.Month != 12))
                {
                    terms.Add($"d:{from:yyyy-MM}:{to:yyyy-MM}");
                }
            }

            return;
        }

        terms.Add($"n:{figure.Unit}:{figure.Value.ToString("G29", CultureInfo.InvariantCulture)}");
    }

    private static void AddWordTerms(List<string> terms, string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (Languages.IsCjk(c))
            {
                var start = i;
                while (i < text.Length && Languages.IsCjk(text[i]))
                {
                    i++;
                }

                AddBigrams(terms, text.AsSpan(start, i - start));
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) && !Languages.IsCjk(text[i]) || IsInnerJoiner(text, i)))
                {
                    i++;
                }

                var word = text[start..i].ToLowerInvariant();
                if (!EnglishStopWords.Contains(word))
                {
                    terms.Add(char.IsDigit(word[0]) ? word : EnglishStemmer.Stem(word));
                }
            }
            else
            {
                i++;
            }
        }
    }

    // "4.4", "U.S." and "non-voting" stay one word; a full stop ending a sentence does not join.
    private static bool IsInnerJoiner(string text, int i) =>
        text[i] is '.' or '-' or '\'' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])
        && !Languages.IsCjk(text[i + 1]);

    private static void AddBigrams(List<string> terms, ReadOnlySpan<char> run)
    {
        if (run.Length == 1)
        {
            terms.Add(run.ToString());
            return;
        }

        for (var k = 0; k + 1 < run.Length; k++)
        {
            terms.Add(run.Slice(k, 2).ToString());
        }
    }
}
