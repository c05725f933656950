using System.CommandLine;
using DealBot.Core.Ingestion;
using DealBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DealBot.Cli;

/// <summary>`ingest [FILE ...] [--json] [--rollback]`: syncs the index with the knowledge directory.</summary>
internal static class IngestVerb
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Files to add to the knowledge directory first (md, txt, html)", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON" };
        var rollback = new Option<bool>("--rollback") { Description = "Make the previous index generation live again" };
        var command = new Command("ingest", "Sync the index with the knowledge directory (added / updated / unchanged / removed / failed)") { files, json, rollback };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, async (services, token) =>
        {
            var refresher = services.GetRequiredService<IKnowledgeRefresher>();
            if (parse.GetValue(rollback))
            {
                var done = await refresher.RollbackAsync(token).ConfigureAwait(false);
                await Console.Error.WriteLineAsync(done ? "rolled back to the previous index" : "dealbot: there is no previous index to roll back to").ConfigureAwait(false);
                return done ? ExitCodes.Success : ExitCodes.UserError;
            }

            var request = new IngestRequest([.. (parse.GetValue(files) ?? []).Where(f => !SettingTokens.IsSetting(f))]);
            var report = await IngestProgressDisplay.RunAsync(p => refresher.RefreshAsync(request, p, token)).ConfigureAwait(false);
            if (report.AlreadyRunning)
            {
                await Console.Error.WriteLineAsync("dealbot: a refresh is already running; try again when it has finished").ConfigureAwait(false);
                return ExitCodes.UserError;
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(CliJson.Serialize(new
                {
                    added = report.Added,
                    updated = report.Updated,
                    unchanged = report.Unchanged,
                    removed = report.Removed,
                    failed = report.Failed.Select(f => new { file = f.File, reason = f.Reason }),
                    warnings = report.Warnings.Select(w => new { file = w.File, message = w.Message }),
                    published = report.Published,
                    blocked = report.Blocked,
                }));
            }
            else
            {
                Console.WriteLine($"{report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.Removed} removed, {report.Failed.Count} failed ({report.PassageCount} passages, {report.PassagesEmbedded} embedded, {report.Elapsed.TotalSeconds:0.0} s)");
                foreach (var failure in report.Failed)
                {
                    Console.WriteLine($"  failed: {failure.File}: {failure.Reason}");
                }

                foreach (var warning in report.Warnings.Where(w => w.File is not null))
                {
                    Console.WriteLine($"  warning: {warning.File}: {warning.Message}");
                }
            }

            // After the new index went live, a problem is a warning: the refresh did what was asked.
            foreach (var warning in report.Warnings.Where(w => w.File is null))
            {
                await Console.Error.WriteLineAsync($"dealbot: warning: {OneLine.Of(warning.Message, 2000)}").ConfigureAwait(false);
            }

            return await IngestOutcome.ExitCodeAsync(report, request).ConfigureAwait(false);
        }, ct));
        return command;
    }
}
