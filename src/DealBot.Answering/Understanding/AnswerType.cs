namespace DealBot.Answering.Understanding;

/// <summary>What kind of answer a question expects, read from how it asks (both languages, from the phrasebook).</summary>
public enum AnswerType
{
    /// <summary>Nothing says: the answer is whatever the sources say best.</summary>
    Unknown,

    /// <summary>An amount of money: "how much", "多少钱".</summary>
    Amount,

    /// <summary>How many times one amount is another: "how many times bigger", "几倍".</summary>
    Multiple,

    /// <summary>Power or capacity: "how many GW", "多少千瓦".</summary>
    Power,

    /// <summary>Energy over time: "in TWh", "一年用多少度电".</summary>
    Energy,

    /// <summary>A percentage or share: "what %", "占多少".</summary>
    Percent,

    /// <summary>A count of things: "how many households", "多少户".</summary>
    Count,

    /// <summary>A date or period: "when", "什么时候".</summary>
    Date,

    /// <summary>A number of days (or weeks) between two dates: "how many days", "几天".</summary>
    Days,

    /// <summary>A length of time a quantity lasts: "how long would it last", "能撑多久".</summary>
    Duration,

    /// <summary>A person or organisation: "who", "谁".</summary>
    Who,

    /// <summary>What someone said or thinks: "what did X say", "怎么看".</summary>
    View,

    /// <summary>The reasoning behind something: "why", "为什么".</summary>
    Reason,

    /// <summary>The whole story in short: "explain", "eli5", "通俗讲讲".</summary>
    Overview,

    /// <summary>Every item of a kind: "which stocks moved", "列一下".</summary>
    List,

    /// <summary>Whether something holds: "is it legal?", "签了吗".</summary>
    YesNo,

    /// <summary>A kind, name or property: "which platform", "what is Stargate".</summary>
    Attribute,
}
