using System.Diagnostics;

namespace DealBot.Benchmarks;

/// <summary>
/// The real bot as it is deployed: <c>dealbot run</c> (built beside the benchmark) in its own process, configured on
/// the command line to talk to a local fake Discord. Its log is kept for the error message should it die.
/// </summary>
internal sealed class DiscordBotProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stderr;
    private readonly Task<string> _stdout;

    private DiscordBotProcess(Process process)
    {
        _process = process;
        _stderr = process.StandardError.ReadToEndAsync();
        _stdout = process.StandardOutput.ReadToEndAsync();
    }

    public bool HasExited => _process.HasExited;

    public static DiscordBotProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dealbot.dll"));
        start.ArgumentList.Add("run");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        return new DiscordBotProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>What the bot wrote, for a failure message.</summary>
    public string Output() => _process.HasExited ? $"exit {_process.ExitCode}: {_stderr.Result}{_stdout.Result}" : "(still running)";

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
