using DealBot.Core.Figures;
using DealBot.Core.Matching;

namespace DealBot.Answering.Analysis;

/// <summary>What the answer engine knows about a question before retrieval.</summary>
/// <param name="Text">The question, normalised (width, whitespace).</param>
/// <param name="Language">"en" or "zh".</param>
/// <param name="Kind">Question, or a request to refuse or decline.</param>
/// <param name="Intent">What it asks for.</param>
/// <param name="Numbers">The figures it states ("if 3 GW are deployed", "since Nvidia invests $300 billion").</param>
/// <param name="Entities">The glossary entities it names.</param>
/// <param name="PerUnitKind">For a per-unit question: the kind of the denominator (power, or a count of households or users).</param>
/// <param name="PerUnitNoun">For a per-unit question: the noun after "per"/"每" (gigawatt, household, user).</param>
public sealed record QuestionAnalysis(
    string Text,
    string Language,
    QuestionKind Kind,
    Intent Intent,
    IReadOnlyList<Figure> Numbers,
    IReadOnlyList<GlossaryMatch> Entities,
    FigureKind? PerUnitKind,
    string? PerUnitNoun)
{
    /// <summary>
    /// The clause stating what the question takes for granted ("Nvidia is investing $300 billion in OpenAI" in "Since
    /// Nvidia is investing $300 billion in OpenAI, how big is the first tranche?"); null when it states nothing.
    /// </summary>
    public string? Premise { get; init; }

    /// <summary>Where <see cref="Premise"/> starts in <see cref="Text"/>.</summary>
    public int PremiseStart { get; init; }

    public bool Has(Intent intent) => (Intent & intent) != 0;

    /// <summary>True when <paramref name="figure"/> (one of <see cref="Numbers"/>) is stated by the premise, not asked about.</summary>
    public bool InPremise(Figure figure) =>
        Premise is not null && figure is not null && figure.Start >= PremiseStart && figure.Start < PremiseStart + Premise.Length;

    /// <summary>The question without its premise: what is actually asked.</summary>
    public string Asked => Premise is null ? Text : Text.Remove(PremiseStart, Premise.Length);
}
