using DealBot.Answering.Quantities;

namespace DealBot.Answering.Understanding;

/// <summary>
/// What an answered turn leaves for the next one: the result it computed or quoted (for "and in euros?", "half of
/// that"), the items it listed (for "the second one", "the other analyst"), the facts it relied on and the skill that
/// answered. A follow-up reads it from the frame it follows.
/// </summary>
public sealed record TurnResult(string Skill)
{
    /// <summary>The headline quantity of the answer, when it had one.</summary>
    public Quantity? Value { get; init; }

    /// <summary>How the headline quantity is labelled ("Nvidia's planned investment in OpenAI").</summary>
    public string? ValueLabel { get; init; }

    /// <summary>The calculation behind <see cref="Value"/>, to redo with another operand ("and if it were 3 GW?").</summary>
    public CalculationPlan? Plan { get; init; }

    /// <summary>Listed items, in the order shown (people, companies, facts).</summary>
    public IReadOnlyList<ListedItem> Items { get; init; } = [];

    /// <summary>
    /// The last list of two or more items the conversation showed (this answer's, or an earlier one's): what "the
    /// second one" points into, even after a turn about one of them.
    /// </summary>
    public IReadOnlyList<ListedItem> LastList { get; init; } = [];

    /// <summary>What the answer cited: a result computed from it ("in MW?") cites the same.</summary>
    public IReadOnlyList<Core.Answers.Citation> Citations { get; init; } = [];

    /// <summary>The day the answer gave, if it answered "when".</summary>
    public AnsweredDay? Day { get; init; }

    /// <summary>The ends of the count of days the answer gave, if it gave one.</summary>
    public DaySpan? Days { get; init; }

    /// <summary>Ids of the curated facts the answer used.</summary>
    public IReadOnlyList<string> FactIds { get; init; } = [];

    public static TurnResult None { get; } = new("none");
}

/// <summary>One item of a listed answer: an entity or a fact, and the words it was shown with.</summary>
public sealed record ListedItem(string Id, string? EntityId, string Label);
