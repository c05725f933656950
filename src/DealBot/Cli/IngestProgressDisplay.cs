using DealBot.Core.Ingestion;
using Spectre.Console;

namespace DealBot.Cli;

/// <summary>A progress bar on stderr when it is a terminal; silence otherwise, so scripts and pipes stay clean.</summary>
internal static class IngestProgressDisplay
{
    public static async Task<IngestReport> RunAsync(Func<IProgress<IngestProgress>?, Task<IngestReport>> refresh)
    {
        if (Console.IsErrorRedirected)
        {
            return await refresh(null).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestReport? report = null;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new Progress<IngestProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                    {
                        tasks[p.Stage] = task = context.AddTask(p.Stage switch { "load" => "Reading articles", "prepare" => "Preparing passages", "embed" => "Embedding passages", _ => "Publishing index" });
                    }

                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                report = await refresh(progress).ConfigureAwait(false);
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }
            }).ConfigureAwait(false);
        return report!;
    }
}
