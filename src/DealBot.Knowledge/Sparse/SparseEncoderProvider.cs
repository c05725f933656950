using DealBot.Core.Facts;
using DealBot.Core.Matching;

namespace DealBot.Knowledge.Sparse;

/// <summary>
/// The sparse encoder for the current glossary. Ingestion and queries must analyse text the same way, so both take
/// the encoder from here; it is rebuilt only when the glossary changes.
/// </summary>
public sealed class SparseEncoderProvider(LexicalMatchers matchers)
{
    private (TermAnalyzer Analyzer, Bm25SparseEncoder Encoder)? _current;

    public Bm25SparseEncoder For(FactSheet sheet)
    {
        var analyzer = matchers.AnalyzerFor(sheet);
        var current = _current;
        if (current is { } c && ReferenceEquals(c.Analyzer, analyzer))
        {
            return c.Encoder;
        }

        var encoder = new Bm25SparseEncoder(analyzer);
        _current = (analyzer, encoder);
        return encoder;
    }

    public GlossaryMatcher MatcherFor(FactSheet sheet) => matchers.GlossaryFor(sheet);
}
