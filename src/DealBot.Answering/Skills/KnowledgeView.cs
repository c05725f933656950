using DealBot.Answering.Understanding;
using DealBot.Core.Facts;
using DealBot.Core.Matching;

namespace DealBot.Answering.Skills;

/// <summary>The knowledge base as the skills see it for one question: curated facts, matchers, the articles and today.</summary>
internal sealed record KnowledgeView(
    FactSheet Facts,
    FactMatcher Matcher,
    GlossaryMatcher Glossary,
    SpellingCorrector Speller,
    IReadOnlyDictionary<string, SourceInfo> Sources,
    DateOnly Today)
{
    /// <summary>
    /// The parties of the story: the two companies the curated facts name most. Questions name them all the time, so
    /// naming them does not make a question about something else.
    /// </summary>
    public IReadOnlySet<string> CoreEntities { get; } = CoreOf(Facts);

    /// <summary>
    /// The concepts that name the story itself (the letter of intent, "the deal"): named in a good share of the
    /// articles' titles. A question naming them is about the deal, not about a narrower topic a figure must name.
    /// </summary>
    public IReadOnlySet<string> StoryConcepts { get; } = StoryOf(Glossary, Sources.Values);

    /// <summary>The articles the curated facts cite: the ones the fact sheet was written from.</summary>
    public IReadOnlySet<string> CuratedArticles { get; } = Facts.Figures.SelectMany(f => f.Sources).Concat(Facts.Events.SelectMany(e => e.Sources)).Concat(Facts.Views.SelectMany(v => v.Sources))
        .Select(s => s.ArticleId).ToHashSet(StringComparer.Ordinal);

    /// <summary>The articles added after the fact sheet: in the knowledge base, but cited by no curated fact.</summary>
    public IReadOnlySet<string> LaterArticles => _laterArticles ??= Sources.Keys.Where(id => !CuratedArticles.Contains(id)).ToHashSet(StringComparer.Ordinal);

    private IReadOnlySet<string>? _laterArticles;

    /// <summary>The glossary entry an entity term ("e:european-commission") stands for, if any.</summary>
    public GlossaryEntry? EntryOf(string term) =>
        term.StartsWith("e:", StringComparison.Ordinal) ? Facts.Glossary.FirstOrDefault(g => g.Id == term[2..]) : null;

    /// <summary>True when the entity term names a place, company, person, project, product or agency: a name an article may use.</summary>
    public bool NamesSomeone(string term) => EntryOf(term) is { Kind: "place" or "company" or "person" or "project" or "product" or "agency" };

    /// <summary>Every term the curated facts use (labels, aliases, notes, quotes), in either language.</summary>
    public IReadOnlySet<string> FactTerms => _factTerms ??= Matcher.Terms(string.Join("\n",
        Facts.Figures.SelectMany(FactTexts).Concat(Facts.Events.SelectMany(e => new[] { e.What.En, e.What.Zh }.Concat(e.Sources.Select(s => s.Quote))))
            .Concat(Facts.Views.SelectMany(v => new[] { v.Person.En, v.Person.Zh, v.Affiliation.En, v.Affiliation.Zh, v.Said.En, v.Said.Zh }))));

    private IReadOnlySet<string>? _factTerms;

    private static IEnumerable<string> FactTexts(FactFigure f) =>
        [f.Label.En, f.Label.Zh, .. f.Aliases, f.Note?.En ?? string.Empty, f.Note?.Zh ?? string.Empty, .. f.Sources.Select(s => s.Quote)];

    /// <summary>The reporting date of the newest article (what "as reported in" refers to when nothing else does).</summary>
    public DateOnly? Newest { get; } = Sources.Values.Max(s => s.Published);

    private const double StoryShare = 0.4;

    private static HashSet<string> StoryOf(Core.Matching.GlossaryMatcher glossary, IEnumerable<SourceInfo> sources)
    {
        var titles = sources.Select(s => s.Title).ToList();
        return titles.SelectMany(t => glossary.Find(Core.Text.ChineseScript.ToSimplified(t)).Where(m => m.Entry.Kind == "concept").Select(m => m.Entry.Id).Distinct())
            .GroupBy(id => id, StringComparer.Ordinal)
            .Where(g => g.Count() >= titles.Count * StoryShare)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string> CoreOf(FactSheet facts)
    {
        var texts = facts.Figures.Select(f => f.Label.En + " " + f.Label.Zh).Concat(facts.Events.Select(e => e.What.En + " " + e.What.Zh)).ToList();
        return facts.Glossary
            .Where(g => g.Kind == "company")
            .Select(g => (g.Id, Count: texts.Count(t => g.English.Concat(g.Chinese).Any(n => t.Contains(n, StringComparison.OrdinalIgnoreCase)))))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count)
            .Take(2)
            .Select(x => x.Id)
            .ToHashSet(StringComparer.Ordinal);
    }
}
