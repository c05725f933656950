using DealBot.Answering.Quantities;
using DealBot.Core.Matching;

namespace DealBot.Answering.Understanding;

/// <summary>
/// What the engine understood of one question (or one part of a multi-part question): the cues of how it asks, the
/// entities it names, the quantities it states, the answer type it expects and the weighted terms of its topic. A
/// follow-up ("and in euros?", "why?", "第二阶段呢？") is read against the frame before it and inherits what it leaves
/// out.
/// </summary>
public sealed record QuestionFrame
{
    public required QuestionText Text { get; init; }

    public required QuestionKind Kind { get; init; }

    public required IReadOnlyList<CueHit> Cues { get; init; }

    public required IReadOnlyList<GlossaryMatch> Entities { get; init; }

    public required QuantityReading Quantities { get; init; }

    public required AnswerType Asked { get; init; }

    /// <summary>The topic's terms and weights, as the fact matcher weighs them (question words carry none).</summary>
    public required IReadOnlyDictionary<string, double> Terms { get; init; }

    /// <summary>
    /// The Chinese bigrams of <see cref="Terms"/> that only occur inside names the glossary knows ("投资" of
    /// investment, "目前" of "到目前为止"): the name's entity term already stands for them in the other language, so a
    /// sentence in that language is not held to them.
    /// </summary>
    public IReadOnlySet<string> NamedBigrams { get; init; } = new HashSet<string>();

    /// <summary>
    /// The topic's words that are neither names of entities nor phrases of asking ("cloud contract" in "how much is
    /// Oracle's cloud contract worth"): what an answer should also speak of.
    /// </summary>
    public IReadOnlyDictionary<string, double> ContentTerms { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// Entities named only as context: in what the question supposes ("假设微软持有OpenAI 30%的股份，那英伟达…") or in
    /// clauses that ask nothing, when another clause asks. Not what the question is about.
    /// </summary>
    public IReadOnlySet<string> SupposedEntities { get; init; } = new HashSet<string>();

    /// <summary>Entities the question sets aside ("除了奥特曼，还有谁", "besides Rasgon"): not what it asks about.</summary>
    public IReadOnlySet<string> Excluded { get; init; } = new HashSet<string>();

    /// <summary>
    /// Concepts named only where the question sets its scene ("the day the LOI was announced", "with all this campus
    /// news, …"): not what it asks about.
    /// </summary>
    public IReadOnlySet<string> SceneConcepts { get; init; } = new HashSet<string>();

    /// <summary>The concepts the question is about (an investment, a valuation, households), as glossary ids.</summary>
    public IReadOnlyList<string> Concepts => Entities.Where(e => e.Entry.Kind == "concept" && !SceneConcepts.Contains(e.Entry.Id)).Select(e => e.Entry.Id).Distinct().ToList();

    /// <summary>The clause stating what the question takes for granted ("Since Nvidia invests $300 billion"), if any.</summary>
    public string? Premise { get; init; }

    /// <summary>True when the question only makes sense after the one before it.</summary>
    public bool IsFollowUp { get; init; }

    /// <summary>The frame this one follows (the previous turn, or the previous part of the same question).</summary>
    public QuestionFrame? Previous { get; init; }

    /// <summary>What the previous turn answered: its result and the items it listed.</summary>
    public TurnResult? PreviousResult { get; init; }

    /// <summary>"the second one", "第一个": a position in the previous list (1-based; -1 for the last).</summary>
    public int? Ordinal { get; init; }

    /// <summary>"half of that", "两倍": a factor to apply to the previous result.</summary>
    public decimal? Factor { get; init; }

    /// <summary>"the other analyst", "另一个": something of the previous list other than what was answered.</summary>
    public bool AsksForOther { get; init; }

    public string Language => Text.Language;

    public bool Has(string cue) => Cues.Any(c => c.Cue == cue);

    public bool HasAny(params string[] cues) => Cues.Any(c => cues.Contains(c.Cue));

    /// <summary>The entity ids named, in order, with those they represent ("老黄" names Nvidia too).</summary>
    public IReadOnlyList<string> EntityIds => Entities.SelectMany(e => e.Entry.Represents is { } r ? new[] { e.Entry.Id, r } : [e.Entry.Id]).Distinct().ToList();

    /// <summary>The stated quantities a calculation may use: neither rejected nor merely claimed.</summary>
    public IEnumerable<StatedQuantity> Operands => Quantities.Quantities.Where(q => !q.Negated && !q.InPremise);
}
