using DealBot.Cli;
using DealBot.Tests.Bot.EndToEnd;

namespace DealBot.Tests.Faults;

/// <summary>
/// Runs the real command line in this process, over a workspace, with stdout and stderr captured. Console is
/// process-wide, so the tests that use it run in a collection of their own that runs alone.
/// </summary>
internal static class InProcessCli
{
    public static async Task<CliResult> RunAsync(BotWorkspace workspace, params string[] args)
    {
        var settings = workspace.Settings().Select(s => $"--{s.Key}={s.Value}");
        var output = new StringWriter();
        var error = new StringWriter();
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = await DealBotCli.RunAsync([.. args, .. settings]);
            return new CliResult(code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}

/// <summary>What a command printed, and its exit code.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Exit code <paramref name="code"/>, exactly one line on stderr (or none for a success), and no stack trace anywhere.</summary>
    public string AssertOutcome(int code)
    {
        Assert.True(code == ExitCode, $"exit {ExitCode}, expected {code}; stderr: {Error}; stdout: {Out}");
        BadKnowledge.AssertNoStackTrace(Out + Error);
        if (code == 0)
        {
            Assert.Empty(ErrorLines);
            return string.Empty;
        }

        var line = Assert.Single(ErrorLines);
        Assert.StartsWith("dealbot: ", line, StringComparison.Ordinal);
        return line;
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliCollection : ICollectionFixture<KnowledgeSnapshot>
{
    public const string Name = "Command line in process";
}
