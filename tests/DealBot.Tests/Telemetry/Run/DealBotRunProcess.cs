using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using DealBot.Tests.Bot.EndToEnd;

namespace DealBot.Tests.Telemetry.Run;

/// <summary>
/// <c>dealbot run</c> as an operator starts it: the real executable (dealbot.dll, built beside the tests) in a process
/// of its own, configured only through environment variables. It runs until disposed; what it wrote to stderr is
/// kept for the failure messages of a test.
/// </summary>
internal sealed class DealBotRunProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private DealBotRunProcess(Process process) => _process = process;

    /// <summary>Everything the bot logged so far.</summary>
    public string Errors
    {
        get { lock (_errors) { return _errors.ToString(); } }
    }

    public bool HasExited => _process.HasExited;

    /// <param name="settings">Configuration keys (<c>Discord:Token</c>) or variables (<c>OTEL_*</c>); keys become <c>Discord__Token</c>.</param>
    public static DealBotRunProcess Start(BotWorkspace workspace, IReadOnlyDictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workspace.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dealbot.dll"));
        start.ArgumentList.Add("run");
        start.Environment.Remove("DISCORD_TOKEN");
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("OTEL_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in workspace.Settings().Concat(settings))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        var run = new DealBotRunProcess(process);
        process.ErrorDataReceived += (_, line) =>
        {
            lock (run._errors)
            {
                run._errors.AppendLine(line.Data);
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return run;
    }

    /// <summary>A TCP port nothing listens on now, for the health endpoint.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }
}
