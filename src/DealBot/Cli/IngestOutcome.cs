using DealBot.Core.Ingestion;
using DealBot.Hosting;

namespace DealBot.Cli;

/// <summary>
/// The exit code of `ingest`, and its one line on stderr. A refresh that published (or had nothing new to publish) is a
/// success even when files in the folder were refused: they are listed in the report and their last good versions keep
/// answering. It is a user error (1) when nothing could be published because facts.yaml or glossary.yaml failed
/// validation, or when a file named on the command line was not added.
/// </summary>
internal static class IngestOutcome
{
    public static async Task<int> ExitCodeAsync(IngestReport report, IngestRequest request)
    {
        if (report.Blocked is { } reason)
        {
            await Console.Error.WriteLineAsync($"dealbot: nothing was published: {reason}; the previous knowledge base keeps answering").ConfigureAwait(false);
            return ExitCodes.UserError;
        }

        var requested = (request.Paths ?? []).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var refused = report.Failed.Where(f => requested.Contains(f.File)).ToList();
        if (refused.Count == 0)
        {
            return ExitCodes.Success;
        }

        var more = refused.Count > 1 ? $" (and {refused.Count - 1} more file(s) given were not added)" : string.Empty;
        await Console.Error.WriteLineAsync($"dealbot: {refused[0].File} was not added: {refused[0].Reason}{more}").ConfigureAwait(false);
        return ExitCodes.UserError;
    }
}
