using System.Text;
using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Knowledge.Facts;

/// <summary>
/// Checks a loaded fact sheet against the articles it cites: every source names an existing article and quotes it
/// verbatim (differences of whitespace aside); ids are unique; periods run forward; units fit their kinds; texts are
/// given in both languages.
/// </summary>
public sealed class FactSheetValidator
{
    /// <summary>Returns the problems found; an empty list means the fact sheet is consistent.</summary>
    /// <param name="facts">The loaded fact sheet.</param>
    /// <param name="articleBodies">Article id → body text (without front matter).</param>
    public IReadOnlyList<FactSheetProblem> Validate(FactSheet facts, IReadOnlyDictionary<string, string> articleBodies)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(articleBodies);

        var problems = new List<FactSheetProblem>();
        var bodies = articleBodies.ToDictionary(a => a.Key, a => WithoutWhitespace(a.Value), StringComparer.Ordinal);

        CheckUniqueIds(facts.Figures.Select(f => f.Id).Concat(facts.Events.Select(e => e.Id)).Concat(facts.Views.Select(v => v.Id)), "fact", FactSheetLoader.FactsFileName, problems);
        CheckUniqueIds(facts.Glossary.Select(g => g.Id), "glossary", FactSheetLoader.GlossaryFileName, problems);

        var figureIds = facts.Figures.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var figure in facts.Figures)
        {
            CheckSources(figure.Id, figure.Sources, bodies, problems);
            CheckBilingual(figure.Id, "label", figure.Label, problems);
            CheckUnit(figure, problems);
            foreach (var other in figure.PairsWith.Where(p => p == figure.Id || !figureIds.Contains(p)))
            {
                problems.Add(new(figure.Id, $"pairs_with '{other}', which is not another figure of the facts file"));
            }
        }

        foreach (var timelineEvent in facts.Events)
        {
            CheckSources(timelineEvent.Id, timelineEvent.Sources, bodies, problems);
            CheckBilingual(timelineEvent.Id, "what", timelineEvent.What, problems);
            if (timelineEvent.From is { } from && timelineEvent.To is { } to && from > to)
            {
                problems.Add(new(timelineEvent.Id, $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd})"));
            }
        }

        foreach (var view in facts.Views)
        {
            CheckSources(view.Id, view.Sources, bodies, problems);
            CheckBilingual(view.Id, "person", view.Person, problems);
            CheckBilingual(view.Id, "said", view.Said, problems);
        }

        foreach (var entry in facts.Glossary.Where(g => g.English.Count == 0 && g.Chinese.Count == 0))
        {
            problems.Add(new(entry.Id, "the glossary entry has no names") { File = FactSheetLoader.GlossaryFileName });
        }

        var glossaryIds = facts.Glossary.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in facts.Glossary.Where(g => g.Represents is not null && (g.Represents == g.Id || !glossaryIds.Contains(g.Represents))))
        {
            problems.Add(new(entry.Id, $"represents '{entry.Represents}', which is not another entry of the glossary"));
        }

        return problems;
    }

    private static void CheckUniqueIds(IEnumerable<string> ids, string what, string file, List<FactSheetProblem> problems)
    {
        foreach (var duplicate in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new(duplicate.Key, $"the {what} id is used {duplicate.Count()} times") { File = file, IsDuplicate = true });
        }
    }

    private static void CheckSources(string id, IReadOnlyList<FactSource> sources, Dictionary<string, string> bodies, List<FactSheetProblem> problems)
    {
        if (sources.Count == 0)
        {
            problems.Add(new(id, "no source is given"));
        }

        foreach (var source in sources)
        {
            if (!bodies.TryGetValue(source.ArticleId, out var body))
            {
                problems.Add(new(id, $"source article '{source.ArticleId}' does not exist") { ArticleId = source.ArticleId });
            }
            else if (!body.Contains(WithoutWhitespace(source.Quote), StringComparison.Ordinal))
            {
                problems.Add(new(id, $"quote not found in article '{source.ArticleId}': \"{source.Quote}\"") { ArticleId = source.ArticleId, Quote = source.Quote });
            }
        }
    }

    private static void CheckBilingual(string id, string field, LocalizedText text, List<FactSheetProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text.En) || string.IsNullOrWhiteSpace(text.Zh))
        {
            problems.Add(new(id, $"{field} must be given in both languages (en and zh)"));
        }
    }

    private static void CheckUnit(FactFigure figure, List<FactSheetProblem> problems)
    {
        var expected = FactVocabulary.UnitOf(figure.Kind);
        var fits = expected is null
            ? figure.Unit.Length == 3 && figure.Unit.All(char.IsAsciiLetterUpper)
            : string.Equals(figure.Unit, expected, StringComparison.Ordinal);
        if (!fits)
        {
            var wanted = figure.Kind == FigureKind.Money ? "a currency code such as USD" : $"'{expected}'";
            problems.Add(new(figure.Id, $"unit '{figure.Unit}' does not fit kind {figure.Kind} (expected {wanted})"));
        }
    }

    /// <summary>True when <paramref name="body"/> states <paramref name="quote"/>, differences of whitespace aside.</summary>
    public static bool Quotes(string body, string quote) =>
        WithoutWhitespace(body).Contains(WithoutWhitespace(quote), StringComparison.Ordinal);

    /// <summary>Whitespace is not significant when matching quotes: line wraps and double spaces differ between files.</summary>
    private static string WithoutWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => !char.IsWhiteSpace(c)))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }
}
