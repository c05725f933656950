using System.Text.RegularExpressions;
using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Composition;

/// <summary>
/// The numbers a question asks to compute with ("what share would $20 billion buy", "if Nvidia invested $45 billion for
/// 3 GW") as calculation inputs. A number that a curated figure gives is that figure, with its sources; any other is
/// taken as the question states it: it has no source, so the working names the question, and the verifier finds it among
/// the calculation's operands. Numbers of a premise clause are claims to check, never inputs.
/// </summary>
internal static partial class StatedFigures
{
    public const string QuestionId = "question";
    private const int ValuationReach = 24;
    private static readonly LocalizedText QuestionLabel = new("as stated in the question", "问题中给出的数字");

    /// <summary>The question's numbers of <paramref name="kind"/>, in order, each as a curated figure of that value or as stated.</summary>
    public static IReadOnlyList<(Figure Number, FactFigure Figure)> Of(ComposeContext context, FigureKind kind, FigureEquivalence equivalence, Func<FactFigure, bool>? where = null) =>
        context.Question.Numbers
            .Where(n => n.Kind == kind && !context.Question.InPremise(n))
            .Select(n => (n, context.Facts.Figures.FirstOrDefault(f => f.Kind == kind && (where is null || where(f)) && equivalence.ValuesMatch(f.Value, n.Value)) ?? Unsourced(n, context.Today)))
            .ToList();

    /// <summary>True when the figure came from the question rather than from the sources.</summary>
    public static bool IsStated(FactFigure figure) => figure.Id == QuestionId;

    /// <summary>True when the question calls the number a valuation ("at a $600 billion valuation", "按6000亿美元估值").</summary>
    public static bool CalledValuation(string question, Figure number)
    {
        var before = question[Math.Max(0, number.Start - ValuationReach)..number.Start];
        var end = number.Start + number.Length;
        var after = question[end..Math.Min(question.Length, end + ValuationReach)];
        return ValuationAfter().IsMatch(after) || ValuationBefore().IsMatch(before);
    }

    private static FactFigure Unsourced(Figure number, DateOnly today) =>
        new(QuestionId, QuestionLabel, [], number.Kind, number.Value, number.Unit, Qualifier.Exact, today, []);

    [GeneratedRegex(@"^\W{0,3}(pre-money |post-money )?(valuation|valued)|^[^，,。？?]{0,3}估值", RegexOptions.IgnoreCase)]
    private static partial Regex ValuationAfter();

    [GeneratedRegex(@"(valuation|valued at|worth)\s+(of\s+)?(about\s+)?$|估值(为|是|达)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ValuationBefore();
}
