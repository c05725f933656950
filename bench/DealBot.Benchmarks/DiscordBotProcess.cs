using System.Diagnostics;

namespace DealBot.Benchmarks;

/// <summary>
/// The real bot as it is deployed: <c>dealbot run</c> (built beside the benchmark) in its own process, configured on
/// the command line to talk to a local fake Discord. Its log is kept for the error message should it die, and its
/// errors and warnings are counted as they come (the console logger's "fail:", "crit:" and "warn:" lines).
/// </summary>
internal sealed class DiscordBotProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stderr;
    private readonly Task<string> _stdout;
    private int _errors;
    private int _warnings;

    private DiscordBotProcess(Process process)
    {
        _process = process;
        _stderr = ReadLogAsync(process.StandardError);
        _stdout = process.StandardOutput.ReadToEndAsync();
    }

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    /// <summary>Lines the bot logged at Error or Critical so far.</summary>
    public int ErrorLines => Volatile.Read(ref _errors);

    /// <summary>Lines the bot logged at Warning so far.</summary>
    public int WarningLines => Volatile.Read(ref _warnings);

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

    private async Task<string> ReadLogAsync(StreamReader log)
    {
        var text = new System.Text.StringBuilder();
        while (await log.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _errors);
            }
            else if (line.StartsWith("warn:", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _warnings);
            }

            text.AppendLine(line);
        }

        return text.ToString();
    }

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
