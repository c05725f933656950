using DealBot.Answering.Quantities;
using DealBot.Answering.Understanding;
using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Matching;
using DealBot.Knowledge.Facts;
using DealBot.Testing;

namespace DealBot.Answering.Tests.Understanding;

/// <summary>Reads questions into frames with the shipped phrasebook and units and the knowledge directory's glossary.</summary>
internal static class Frames
{
    private static readonly FigureExtractor Extractor = new();

    public static Phrasebook Phrasebook { get; } = Phrasebook.Embedded();

    public static UnitCatalog Units { get; } = UnitCatalog.Embedded();

    public static FactSheet Sheet { get; } = new FactSheetLoader().LoadAsync(RepositoryPaths.KnowledgeDirectory).GetAwaiter().GetResult();

    public static GlossaryMatcher Glossary { get; } = new(Sheet.Glossary);

    public static FactMatcher Matcher { get; } = new(new TermAnalyzer(Glossary, Extractor));

    public static FrameReader Reader { get; } = new(Phrasebook, new QuantityReader(Extractor, Units));

    public static QuestionFrame Read(string question) => Reader.Read(question, Glossary, Matcher);
}
