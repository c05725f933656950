using DealBot.Answering.Quantities;
using DealBot.Answering.Understanding;

namespace DealBot.Answering.Skills;

/// <summary>
/// "从7亿涨到10亿，涨幅是多少%？", "if WAU goes from 700m to 1bn, what % growth is that?": two like numbers the member
/// states, the first introduced by "from", the second by "to", asked as a percentage: the change from the first to the
/// second, relative to the first.
/// </summary>
internal static class PercentChange
{
    private const int FromReach = 8;
    private static readonly string[] FromWords = ["from", "从", "由"];
    private static readonly string[] ToWords = [" to ", "到", "→", "->", "变成", "变为"];

    public static CalculationPlan? Between(QuestionFrame frame, IReadOnlyList<Operand> stated)
    {
        if (frame.Asked != AnswerType.Percent)
        {
            return null;
        }

        var numbers = stated.Where(o => o.Stated && !o.UnitOnly && !o.Quantity.IsPercent).OrderBy(o => o.Position).ToList();
        if (numbers.Count != 2 || !numbers[0].Quantity.Dimension.Equals(numbers[1].Quantity.Dimension) || numbers[0].Quantity.Value == 0)
        {
            return null;
        }

        var first = frame.Quantities.Quantities.FirstOrDefault(q => q.Start == numbers[0].Position);
        if (first is null)
        {
            return null;
        }

        var lower = frame.Text.Lower;
        var before = lower[Math.Max(0, first.Start - FromReach)..first.Start];
        var between = lower[first.End..Math.Max(first.End, numbers[1].Position)];
        if (!FromWords.Any(before.Contains) || !ToWords.Any(between.Contains))
        {
            return null;
        }

        var (from, to) = (numbers[0], numbers[1]);
        var expression = new Binary(Operation.Divide, new Binary(Operation.Subtract, new Leaf(to), new Leaf(from)), new Leaf(from));
        return expression.Evaluate() is { } ratio
            ? new CalculationPlan(expression, Quantity.Percent(ratio.Value * 100m), new CalculationGoal(Dimension.None, true, Operation.Divide, null))
            : null;
    }
}
