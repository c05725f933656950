using System.Text.Json;
using System.Text.RegularExpressions;

namespace DealBot.Tests.Cli.Faults;

/// <summary>What one run of the real executable did: its exit code and what it wrote.</summary>
public sealed partial record CliRun(int ExitCode, string Stdout, string Stderr)
{
    // Progress the CLI prints while it builds a missing index: not a message about a fault.
    private const string Progress = "Building the knowledge index...";

    /// <summary>The lines on stderr that tell the user something went wrong (progress lines left out).</summary>
    public IReadOnlyList<string> ProblemLines =>
        [.. Stderr.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l != Progress)];

    /// <summary>Nothing on stderr or stdout looks like a stack trace or a runtime abort.</summary>
    public void AssertNoStackTrace()
    {
        Assert.False(StackTraceLine().IsMatch(Stderr), $"stack trace on stderr:\n{Stderr}");
        Assert.False(StackTraceLine().IsMatch(Stdout), $"stack trace on stdout:\n{Stdout}");
        Assert.NotEqual(134, ExitCode);
    }

    /// <summary>Exactly one problem line, containing <paramref name="fragment"/>; returns it.</summary>
    public string AssertOneLine(string fragment)
    {
        AssertNoStackTrace();
        var line = Assert.Single(ProblemLines);
        Assert.Contains(fragment, line, StringComparison.Ordinal);
        return line;
    }

    /// <summary>The answer JSON printed by <c>ask --json</c>: answered, citing at least one source.</summary>
    public void AssertAnsweredWithSource()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}: {Stderr}");
        using var answer = JsonDocument.Parse(Stdout);
        AssertCitesSource(answer.RootElement);
    }

    public static void AssertCitesSource(JsonElement answer)
    {
        Assert.Equal("answered", answer.GetProperty("status").GetString());
        var citations = answer.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("source_id").GetString())));
    }

    [GeneratedRegex(@"(^\s+at \S+\.\S+\(|Unhandled exception|Stack overflow|Fatal error\.|   --- End of)", RegexOptions.Multiline)]
    private static partial Regex StackTraceLine();
}
