namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// Makes article ids unique across the whole folder, changed files and unchanged alike (ids are compared ignoring
/// case: citations show them to people). Of the files claiming one id, the file already serving it keeps it; without
/// one, the file named after the id, else the first by name. Every other claimant is refused, naming the file that has
/// the id, and falls back to its own last good version when that has another id: copying an article to
/// "… copy.md" adds nothing and takes nothing away.
/// </summary>
internal static class ArticleIdResolver
{
    public static List<ArticleEntry> Resolve(List<ArticleEntry> entries, RefreshFindings findings)
    {
        var current = entries;
        while (current.GroupBy(e => e.Document.SourceId, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            var owner = clash
                .OrderBy(e => ServedBefore(e, clash.Key) ? 0 : 1)
                .ThenBy(e => NamedAfter(e, clash.Key) ? 0 : 1)
                .ThenBy(e => e.Name, StringComparer.Ordinal)
                .First();
            var next = new List<ArticleEntry>(current.Count);
            foreach (var entry in current)
            {
                if (ReferenceEquals(entry, owner) || !clash.Contains(entry))
                {
                    next.Add(entry);
                    continue;
                }

                var reason = $"its id '{entry.Document.SourceId}' is already used by {owner.DisplayName}; give it an id of its own ('id:' in its front matter)";
                var fallback = entry.LastGood(reason);
                findings.Fail(entry.DisplayName, fallback is null ? reason : $"{reason} (its last good version keeps answering)");

                // The fallback is kept only when it claims no id already taken; the loop checks it like any other.
                if (fallback is not null && !string.Equals(fallback.Document.SourceId, clash.Key, StringComparison.OrdinalIgnoreCase))
                {
                    next.Add(fallback);
                }
            }

            current = next;
        }

        return current;
    }

    private static bool ServedBefore(ArticleEntry entry, string id) =>
        string.Equals(entry.Previous?.LastGood?.SourceId, id, StringComparison.OrdinalIgnoreCase)
        && entry.Change is ArticleChange.Unchanged or ArticleChange.KeptLastGood or ArticleChange.Updated;

    private static bool NamedAfter(ArticleEntry entry, string id) =>
        string.Equals(Path.GetFileNameWithoutExtension(entry.Name), id, StringComparison.OrdinalIgnoreCase);
}
