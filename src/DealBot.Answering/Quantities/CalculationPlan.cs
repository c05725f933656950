namespace DealBot.Answering.Quantities;

/// <summary>A solved calculation: the expression, its result and the goal it met; kept so a follow-up can redo it.</summary>
public sealed record CalculationPlan(Expression Expression, Quantity Result, CalculationGoal Goal);
