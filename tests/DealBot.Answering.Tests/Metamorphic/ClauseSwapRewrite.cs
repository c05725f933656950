namespace DealBot.Answering.Tests.Metamorphic;

/// <summary>
/// A question of two clauses joined by one comma, asked the other way round: "If only 3 GW are deployed, how much
/// would Nvidia invest?" → "How much would Nvidia invest, if only 3 GW are deployed?". Questions with no comma, or more
/// than one, are left alone; a comma inside a number (8,000,000) joins no clauses.
/// </summary>
public sealed class ClauseSwapRewrite : IQuestionRewrite
{
    private const string TerminalPunctuation = "?？!！.。";

    public string Name => "clause swap";

    public string? Rewrite(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var trimmed = question.Trim();
        var bodyLength = trimmed.Length;
        while (bodyLength > 0 && TerminalPunctuation.Contains(trimmed[bodyLength - 1], StringComparison.Ordinal))
        {
            bodyLength--;
        }

        var body = trimmed[..bodyLength];
        var commas = Enumerable.Range(0, body.Length).Where(i => IsClauseComma(body, i)).ToList();
        if (commas.Count != 1)
        {
            return null;
        }

        var comma = commas[0];
        var first = body[..comma].Trim();
        var second = body[(comma + 1)..].Trim();
        if (first.Length == 0 || second.Length == 0)
        {
            return null;
        }

        var separator = body[comma] == '，' ? "，" : ", ";
        return Capitalised(second) + separator + Lowered(first) + trimmed[bodyLength..];
    }

    private static bool IsClauseComma(string text, int i) =>
        text[i] == '，' || (text[i] == ',' && !(i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])));

    private static string Capitalised(string clause) =>
        char.IsAsciiLetterLower(clause[0]) ? char.ToUpperInvariant(clause[0]) + clause[1..] : clause;

    // "If only 3 GW..." moves to the middle as "if only 3 GW..."; a word with capitals inside (OpenAI, GW) keeps its case.
    private static string Lowered(string clause)
    {
        var firstWord = clause.Split(' ')[0];
        return char.IsAsciiLetterUpper(clause[0]) && firstWord.Skip(1).All(c => !char.IsUpper(c)) ? char.ToLowerInvariant(clause[0]) + clause[1..] : clause;
    }
}
