using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Knowledge.Facts;
using DealBot.Knowledge.Glossary;

namespace DealBot.Knowledge.Sparse;

/// <summary>
/// The sparse encoder for the current glossary. Ingestion and queries must analyse text the same way, so both take
/// the encoder from here; it is rebuilt only when the glossary changes.
/// </summary>
public sealed class SparseEncoderProvider(FigureExtractor figures)
{
    private (IReadOnlyList<GlossaryEntry> Glossary, Bm25SparseEncoder Encoder, GlossaryMatcher Matcher, FactMatcher Facts)? _current;

    public Bm25SparseEncoder For(FactSheet sheet) => Build(sheet).Encoder;

    public GlossaryMatcher MatcherFor(FactSheet sheet) => Build(sheet).Matcher;

    public FactMatcher FactMatcherFor(FactSheet sheet) => Build(sheet).Facts;

    private (IReadOnlyList<GlossaryEntry> Glossary, Bm25SparseEncoder Encoder, GlossaryMatcher Matcher, FactMatcher Facts) Build(FactSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var current = _current;
        if (current is { } c && ReferenceEquals(c.Glossary, sheet.Glossary))
        {
            return c;
        }

        var matcher = new GlossaryMatcher(sheet.Glossary);
        var analyzer = new TermAnalyzer(matcher, figures);
        var built = (sheet.Glossary, new Bm25SparseEncoder(analyzer), matcher, new FactMatcher(analyzer));
        _current = built;
        return built;
    }
}
