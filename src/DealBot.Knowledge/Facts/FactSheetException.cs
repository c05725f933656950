namespace DealBot.Knowledge.Facts;

/// <summary>
/// A facts or glossary file that cannot be read: malformed YAML, a missing required field or an unknown value.
/// The message names the file and the line so a moderator can fix it.
/// </summary>
public sealed class FactSheetException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> at <paramref name="line"/> (1-based; null when unknown).</summary>
    public FactSheetException(string file, int? line, string problem, Exception? innerException = null)
        : base(Format(file, line, problem), innerException)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file name (for example <c>facts.yaml</c>).</summary>
    public string File { get; }

    /// <summary>The 1-based line of the problem, when known.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(string file, int? line, string problem) =>
        line is { } l ? $"{file}, line {l}: {problem}" : $"{file}: {problem}";
}
