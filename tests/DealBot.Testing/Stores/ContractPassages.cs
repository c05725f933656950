using DealBot.Core.Documents;
using DealBot.Core.Figures;
using DealBot.Core.Retrieval;

namespace DealBot.Testing.Stores;

/// <summary>
/// Small synthetic passages for the store contract. Each dense vector points along its own axis (plus a fixed
/// secondary component), so "nearest" is unambiguous; query axes from 100 up are orthogonal to every passage.
/// </summary>
public static class ContractPassages
{
    public const int Dimensions = 384;
    public const uint SharedTerm = 1;
    public const uint OracleTerm = 6;

    public static IndexedPassage Investment { get; } = Make(
        0, "nvidia-letter-en", "Nvidia and OpenAI sign a letter of intent", Languages.English, new DateOnly(2025, 9, 22), 0,
        "Nvidia intends to invest up to $100 billion in OpenAI as each gigawatt is deployed.",
        [new Figure(FigureKind.Money, 100e9m, "USD", Qualifier.UpTo, "$100 billion", 28, 12)],
        (SharedTerm, 1.2f), (2, 0.8f));

    public static IndexedPassage FirstGigawatt { get; } = Make(
        1, "nvidia-letter-en", "Nvidia and OpenAI sign a letter of intent", Languages.English, new DateOnly(2025, 9, 22), 1,
        "The first gigawatt is to be deployed in the second half of 2026 on the Vera Rubin platform.",
        [
            new Figure(FigureKind.Power, 1e9m, "W", Qualifier.Exact, "first gigawatt", 4, 14),
            new Figure(FigureKind.Date, 2026m, "date", Qualifier.Exact, "second half of 2026", 42, 19,
                new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)),
        ],
        (3, 1.1f), (4, 0.9f));

    public static IndexedPassage InvestmentZh { get; } = Make(
        2, "nvidia-letter-zh", "英伟达与OpenAI签署意向书", Languages.Chinese, new DateOnly(2025, 9, 23), 0,
        "英伟达计划向OpenAI投资最多1000亿美元。",
        [new Figure(FigureKind.Money, 100e9m, "USD", Qualifier.UpTo, "最多1000亿美元", 12, 9)],
        (SharedTerm, 1.0f), (5, 1.0f));

    public static IndexedPassage Oracle { get; } = Make(
        3, "oracle-deal-en", "Oracle's compute contract", Languages.English, null, 0,
        "Oracle agreed to supply compute capacity to OpenAI over several years.",
        [],
        (OracleTerm, 1.0f));

    public static IReadOnlyList<IndexedPassage> All { get; } = [Investment, FirstGigawatt, InvestmentZh, Oracle];

    public static IndexBuild Build(string version, params IndexedPassage[] passages) =>
        new(version, passages.Length == 0 ? All : passages, Dimensions);

    /// <summary>A unit vector along <paramref name="axis"/> with a secondary component at axis + 192.</summary>
    public static float[] Axis(int axis)
    {
        var vector = new float[Dimensions];
        vector[axis] = 0.894f;
        vector[(axis + 192) % Dimensions] = 0.447f;
        return vector;
    }

    /// <summary>A query vector orthogonal to every contract passage, so only the sparse leg can rank.</summary>
    public static float[] Orthogonal() => Axis(100);

    /// <summary>A query with weight 1 per term, as the sparse encoder makes for questions.</summary>
    public static SparseVector Terms(params uint[] terms) => new(terms, terms.Select(_ => 1f).ToArray());

    public static HybridQuery Query(float[] dense, SparseVector sparse, PassageFilter? filter = null, int limit = 10) =>
        new(dense, sparse, filter ?? PassageFilter.None, limit, CandidateLimit: 50);

    /// <summary><paramref name="count"/> distinct passages of one source, for large generations.</summary>
    public static IndexBuild Bulk(string version, int count, string sourceId)
    {
        var random = new Random(count);
        var passages = new IndexedPassage[count];
        for (var i = 0; i < count; i++)
        {
            var dense = new float[Dimensions];
            for (var d = 0; d < Dimensions; d++)
            {
                dense[d] = (float)(random.NextDouble() - 0.5);
            }

            var passage = new Passage(
                IdOf(1000 + i), sourceId, "Bulk article", Languages.English, new DateOnly(2025, 10, 1), i,
                $"Bulk passage {i}.", []);
            passages[i] = new IndexedPassage(passage, dense, new SparseVector([(uint)(1000 + i)], [1f]));
        }

        return new IndexBuild(version, passages, Dimensions);
    }

    /// <summary>The passage with a new text, as a re-ingest of an edited article would make it.</summary>
    public static IndexedPassage Edited(IndexedPassage original, string text) =>
        original with { Passage = original.Passage with { Text = text } };

    public static Guid IdOf(int n) => Guid.Parse($"7b5a3c1e-0000-4000-8000-{n:D12}");

    private static IndexedPassage Make(
        int axis, string sourceId, string title, string language, DateOnly? published, int position, string text,
        IReadOnlyList<Figure> figures, params (uint Term, float Weight)[] terms)
    {
        var passage = new Passage(IdOf(axis), sourceId, title, language, published, position, text, figures);
        var sparse = new SparseVector(terms.Select(t => t.Term).ToArray(), terms.Select(t => t.Weight).ToArray());
        return new IndexedPassage(passage, Axis(axis), sparse);
    }
}
