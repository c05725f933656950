using System.Text.RegularExpressions;
using DealBot.Core.Answers;
using DealBot.Core.Diagnostics;
using DealBot.Core.Figures;
using DealBot.Core.Text;

namespace DealBot.Answering.Verification;

/// <summary>
/// Checks that every number of an answer is quoted from a cited passage (or its article's title) or produced by a calculation, after
/// normalising units, scales and language ("US$10 billion" = "$10bn" = "100亿美元"). Dates count as grounded when a
/// cited quote, a citation's publication date, a calculation or a caller-supplied date (today, the as-of date)
/// states the same day or period; citation and list markers are not numbers.
/// </summary>
public sealed partial class GroundingVerifier(FigureExtractor extractor, FigureEquivalence equivalence)
{
    /// <summary>Verifies <paramref name="text"/> against its citations and calculations.</summary>
    /// <param name="text">The answer text.</param>
    /// <param name="citations">The citations; their quotes are the evidence.</param>
    /// <param name="calculations">The calculations behind computed numbers.</param>
    /// <param name="knownDates">Further dates the answer may state: today, the as-of date.</param>
    public GroundingVerdict Verify(
        string text,
        IReadOnlyList<Citation> citations,
        IReadOnlyList<Calculation> calculations,
        IEnumerable<DateOnly>? knownDates = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(calculations);

        using var activity = AnswerActivities.Source.StartActivity("verification");
        var evidence = Evidence(citations, calculations, knownDates);
        var operands = calculations.SelectMany(CalculationFigures.Operands).ToList();
        var ungrounded = new List<UngroundedNumber>();
        // Traditional characters are read in simplified form (1000億 is 1000亿); the text keeps its length.
        // A quoted sentence may give a day without its year ("on September 22"): it is read in the year of the
        // sources it quotes.
        var year = citations.Max(c => c.Published)?.Year;
        foreach (var figure in extractor.ExtractNumbers(ChineseScript.ToSimplified(AnswerMasking.Mask(text)), year))
        {
            if (!IsGrounded(figure, evidence, operands))
            {
                ungrounded.Add(new UngroundedNumber(text.Substring(figure.Start, figure.Length), figure.Start, figure.Kind, figure.Value, figure.Unit));
            }
        }

        return ungrounded.Count == 0 ? GroundingVerdict.Ok : new GroundingVerdict(false, ungrounded);
    }

    private List<Figure> Evidence(IReadOnlyList<Citation> citations, IReadOnlyList<Calculation> calculations, IEnumerable<DateOnly>? knownDates)
    {
        var evidence = new List<Figure>();
        foreach (var citation in citations)
        {
            evidence.AddRange(extractor.ExtractNumbers(citation.Quote ?? string.Empty, citation.Published?.Year));
            // An answer quoting an article in the other language names it by its title, whose figures are the source's too.
            evidence.AddRange(extractor.ExtractNumbers(citation.Title ?? string.Empty, citation.Published?.Year));
            if (citation.Published is { } published)
            {
                evidence.Add(Day(published));
            }
        }

        foreach (var calculation in calculations)
        {
            if (CalculationFigures.Result(calculation) is { } result)
            {
                evidence.Add(result);
            }

            evidence.AddRange(extractor.ExtractNumbers(calculation.Display ?? string.Empty));
            evidence.AddRange(CalculationFigures.Dates(calculation));
        }

        evidence.AddRange((knownDates ?? []).Select(Day));
        return evidence;
    }

    private bool IsGrounded(Figure figure, List<Figure> evidence, List<decimal> operands)
    {
        if (evidence.Any(e => equivalence.Matches(figure, e)))
        {
            return true;
        }

        if (figure.Kind == FigureKind.Date)
        {
            return false;
        }

        // A bare number may repeat the number of a quoted figure ("the 10 in 10 GW"), or an operand of a calculation.
        if (figure.Kind == FigureKind.Count && figure.Unit == FigureUnits.Count
            && evidence.Any(e => Numeral(e.Surface) is { } n && equivalence.ValuesMatch(figure.Value, n)))
        {
            return true;
        }

        return operands.Any(o => CalculationFigures.MatchesOperand(figure.Value, o, equivalence));
    }

    private static decimal? Numeral(string surface)
    {
        var match = FirstNumber().Match(surface);
        return match.Success && decimal.TryParse(match.Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static Figure Day(DateOnly day) =>
        new(FigureKind.Date, day.Year, FigureUnits.Date, Qualifier.Exact, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 0, 0, day, day);

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex FirstNumber();
}
