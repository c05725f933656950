namespace DealBot.Core.Figures;

/// <summary>How a source hedges a figure: the difference between "up to $100 billion" and "$100 billion".</summary>
public enum Qualifier
{
    /// <summary>No hedge: "US$10 billion", "100亿美元".</summary>
    Exact,

    /// <summary>A ceiling: "up to", "as much as", "高达", "最多".</summary>
    UpTo,

    /// <summary>A floor that includes the value: "at least", "no less than", "至少", "不少于", "10+".</summary>
    AtLeast,

    /// <summary>A floor that excludes the value: "more than", "over", "超过", "逾", "800多万", "以上".</summary>
    MoreThan,

    /// <summary>An approximation: "about", "around", "nearly", "约", "左右", "近".</summary>
    About,

    /// <summary>A ceiling that excludes the value: "less than", "under", "不到", "少于".</summary>
    LessThan,
}
