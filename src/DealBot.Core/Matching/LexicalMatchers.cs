using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Core.Matching;

/// <summary>
/// The lexical matchers of the current glossary: entity names, the term analyser and the fact matcher. Ingestion,
/// retrieval and the answer engine must read text the same way, so all of them take their matchers from here; they
/// are rebuilt only when the glossary changes.
/// </summary>
public sealed class LexicalMatchers(FigureExtractor figures)
{
    private Snapshot? _current;

    public GlossaryMatcher GlossaryFor(FactSheet sheet) => Build(sheet).Glossary;

    public TermAnalyzer AnalyzerFor(FactSheet sheet) => Build(sheet).Analyzer;

    public FactMatcher FactMatcherFor(FactSheet sheet) => Build(sheet).Facts;

    private Snapshot Build(FactSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var current = _current;
        if (current is not null && ReferenceEquals(current.Entries, sheet.Glossary))
        {
            return current;
        }

        var glossary = new GlossaryMatcher(sheet.Glossary);
        var analyzer = new TermAnalyzer(glossary, figures);
        var built = new Snapshot(sheet.Glossary, glossary, analyzer, new FactMatcher(analyzer));
        _current = built;
        return built;
    }

    private sealed record Snapshot(IReadOnlyList<GlossaryEntry> Entries, GlossaryMatcher Glossary, TermAnalyzer Analyzer, FactMatcher Facts);
}
