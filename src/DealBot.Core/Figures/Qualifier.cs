namespace DealBot.Core.Figures;

/// <summary>How a source hedges a figure: the difference between "up to $100 billion" and "$100 billion".</summary>
public enum Qualifier
{
    Exact,
    UpTo,
    AtLeast,
    MoreThan,
    About,
    LessThan,
}
