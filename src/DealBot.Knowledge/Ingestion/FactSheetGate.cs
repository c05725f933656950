using DealBot.Knowledge.Facts;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// Checks facts.yaml and glossary.yaml against the articles a refresh is about to publish. They must parse, and pass
/// <see cref="FactSheetValidator"/>: every quote found in its article, ids unique, and the rest of its rules. When an
/// article's edit is what breaks a quote (the edit removed or reworded the quoted text, or changed the id facts cite),
/// that edit is refused and the article's last good version stands in, so the rest of the refresh can go ahead.
/// Any other problem blocks the whole refresh: nothing is published, and the live index keeps answering with the
/// facts and glossary it was published with.
/// </summary>
internal sealed class FactSheetGate(KnowledgePaths paths, FactSheetLoader loader)
{
    private const int MaxReported = 20;

    public async Task<FactSheetCheck> CheckAsync(List<ArticleEntry> entries, RefreshFindings findings, CancellationToken cancellationToken)
    {
        FactSheetSource source;
        try
        {
            source = await loader.ReadSourceAsync(paths.SourceDirectory, cancellationToken).ConfigureAwait(false);
        }
        catch (FactSheetException ex)
        {
            findings.Fail(ex.File, ex.Message);
            return new FactSheetCheck(entries, null, ex.Message);
        }

        var validator = new FactSheetValidator();
        var problems = validator.Validate(source.Sheet, Bodies(entries));
        while (problems.Count > 0 && RevertEditsBehind(problems, entries, findings))
        {
            // A last good version brings its old id back, which another file may have taken meanwhile.
            entries = ArticleIdResolver.Resolve(entries, findings);
            problems = validator.Validate(source.Sheet, Bodies(entries));
        }

        if (problems.Count == 0)
        {
            return new FactSheetCheck(entries, source, null);
        }

        foreach (var problem in problems.Take(MaxReported))
        {
            findings.Fail(problem.File, problem.ToString());
        }

        var more = problems.Count > 1 ? $" (and {problems.Count - 1} more)" : string.Empty;
        return new FactSheetCheck(entries, null, $"{problems[0].File}: {problems[0]}{more}");
    }

    private static Dictionary<string, string> Bodies(List<ArticleEntry> entries) =>
        entries.ToDictionary(e => e.Document.SourceId, e => e.Document.Text, StringComparer.Ordinal);

    // An edit is to blame when the article's last good version satisfies the source the edited one fails.
    private static bool RevertEditsBehind(IReadOnlyList<FactSheetProblem> problems, List<ArticleEntry> entries, RefreshFindings findings)
    {
        var reverted = false;
        foreach (var problem in problems.Where(p => p.ArticleId is not null))
        {
            var index = entries.FindIndex(e => e.IsNewContent
                && e.Previous?.LastGood is { } lastGood
                && string.Equals(lastGood.SourceId, problem.ArticleId, StringComparison.Ordinal)
                && (problem.Quote is null || FactSheetValidator.Quotes(lastGood.Text, problem.Quote)));
            if (index < 0)
            {
                continue;
            }

            var entry = entries[index];
            var what = problem.Quote is null
                ? $"the edit changes the article's id from '{problem.ArticleId}', which {problem.File} cites ({problem.EntryId})"
                : $"the edit removes text that {problem.File} quotes ({problem.EntryId}: \"{problem.Quote}\")";
            var reason = $"{what}; change {problem.File} with it (its last good version keeps answering)";
            findings.Fail(entry.DisplayName, reason);
            entries[index] = entry.LastGood(reason)!;
            reverted = true;
        }

        return reverted;
    }
}

/// <summary>The outcome of <see cref="FactSheetGate"/>: the articles to publish, and the checked facts, or why nothing may be published.</summary>
internal sealed record FactSheetCheck(List<ArticleEntry> Entries, FactSheetSource? Source, string? Blocked);
