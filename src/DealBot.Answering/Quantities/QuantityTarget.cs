namespace DealBot.Answering.Quantities;

/// <summary>
/// What a question asks a quantity to be measured in, when it says: a unit ("in MW", "多少千瓦"), a currency ("in euros",
/// "换成人民币"), a counted thing ("how many households", "多少户") or a denominator ("per household", "每吉瓦").
/// </summary>
public sealed record QuantityTarget(UnitMention? Unit, string? Currency, UnitMention? Counted, UnitMention? Per)
{
    public static QuantityTarget None { get; } = new(null, null, null, null);

    public bool IsEmpty => Unit is null && Currency is null && Counted is null && Per is null;
}
