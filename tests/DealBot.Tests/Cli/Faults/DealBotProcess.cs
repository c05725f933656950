using System.Diagnostics;
using System.Text;
using DealBot.Tests.Bot.EndToEnd;

namespace DealBot.Tests.Cli.Faults;

/// <summary>
/// Runs the real executable (dealbot.dll, built beside the tests) as a user would, with its knowledge and data
/// directories pointed at a workspace through environment variables, so the command line holds only what is tested.
/// </summary>
internal static class DealBotProcess
{
    // A hung process must not hang the suite; this is a safety net, not an expectation about speed.
    private static readonly TimeSpan Abandon = TimeSpan.FromMinutes(5);

    public static async Task<CliRun> RunAsync(BotWorkspace workspace, IEnumerable<string> arguments, string? stdin = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            WorkingDirectory = workspace.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dealbot.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in workspace.Settings())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment.Remove("DISCORD_TOKEN");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin ?? string.Empty);
        process.StandardInput.Close();
        using var abandon = new CancellationTokenSource(Abandon);
        try
        {
            await process.WaitForExitAsync(abandon.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dealbot {string.Join(' ', start.ArgumentList.Skip(1))} did not exit");
        }

        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    public static Task<CliRun> RunAsync(BotWorkspace workspace, params string[] arguments) => RunAsync(workspace, arguments, null);

    /// <summary>Asks the question every fault test ends with: the knowledge base must still answer it, with a source.</summary>
    public static async Task<CliRun> AskAsync(BotWorkspace workspace, string question = "How much will Nvidia invest in OpenAI?") =>
        await RunAsync(workspace, "ask", "--json", question);
}
