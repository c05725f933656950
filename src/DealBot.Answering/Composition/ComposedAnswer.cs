using DealBot.Core.Answers;

namespace DealBot.Answering.Composition;

/// <summary>What a composer produced: the outcome, its text and what backs it.</summary>
public sealed record ComposedAnswer(
    AnswerStatus Status,
    string Text,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Calculation> Calculations,
    DateOnly? AsOf,
    IReadOnlyList<string> Steps);
