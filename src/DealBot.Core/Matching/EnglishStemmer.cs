namespace DealBot.Core.Matching;

/// <summary>
/// A light English stemmer (plural, -ing, -ed, -ment, -ly): enough for "invest", "invests", "invested", "investing" and
/// "investment" to share a term, without the over-stemming of a full Porter stemmer on names.
/// </summary>
public static class EnglishStemmer
{
    public static string Stem(string word)
    {
        var w = word;
        if (w.Length <= 3)
        {
            return w;
        }

        if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.EndsWith("ments", StringComparison.Ordinal) || w.EndsWith("ment", StringComparison.Ordinal))
        {
            w = w.Length > 7 ? w[..w.LastIndexOf("ment", StringComparison.Ordinal)] : w;
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            w = w[..^3];
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^2];
        }
        else if (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 5)
        {
            w = w[..^2];
        }

        // "deployed"/"deploying" → "deploy", "valued" → "valu" and "valuation" → "valuat" differ; acceptable for a light stemmer.
        if (w.Length > 3 && w[^1] == 'e' && !w.EndsWith("ee", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        return w;
    }
}
