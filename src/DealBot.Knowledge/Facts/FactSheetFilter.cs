using DealBot.Core.Facts;

namespace DealBot.Knowledge.Facts;

/// <summary>
/// What of a fact sheet can be served when part of it fails validation: entries with a problem are left out, and of
/// an id given twice only the first entry stays. Used where no validated sheet has been published yet.
/// </summary>
internal static class FactSheetFilter
{
    public static FactSheet Without(FactSheet sheet, IReadOnlyList<FactSheetProblem> problems)
    {
        if (problems.Count == 0)
        {
            return sheet;
        }

        var facts = Dropped(problems, FactSheetLoader.FactsFileName);
        var glossary = Dropped(problems, FactSheetLoader.GlossaryFileName);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return new FactSheet(
            [.. sheet.Figures.Where(f => !facts.Contains(f.Id) && seen.Add(f.Id))],
            [.. sheet.Events.Where(e => !facts.Contains(e.Id) && seen.Add(e.Id))],
            [.. sheet.Views.Where(v => !facts.Contains(v.Id) && seen.Add(v.Id))],
            [.. sheet.Glossary.Where(g => !glossary.Contains(g.Id)).DistinctBy(g => g.Id, StringComparer.Ordinal)]);
    }

    private static HashSet<string> Dropped(IReadOnlyList<FactSheetProblem> problems, string file) =>
        problems.Where(p => p.File == file && !p.IsDuplicate).Select(p => p.EntryId).ToHashSet(StringComparer.Ordinal);
}
