namespace DealBot.Answering.Analysis;

/// <summary>What a question asks for; several may hold ("how many times larger" is a ratio of two amounts).</summary>
[Flags]
public enum Intent
{
    None = 0,
    Amount = 1 << 0,
    Power = 1 << 1,
    Count = 1 << 2,
    Percent = 1 << 3,
    When = 1 << 4,
    View = 1 << 5,
    PerUnit = 1 << 6,
    Stake = 1 << 7,
    Ratio = 1 << 8,
    Remainder = 1 << 9,
    Energy = 1 << 10,
    Days = 1 << 11,
    Scale = 1 << 12,
    Direction = 1 << 13,
    Describe = 1 << 14,
}
