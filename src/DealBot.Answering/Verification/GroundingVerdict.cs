namespace DealBot.Answering.Verification;

/// <summary>The verifier's verdict on an answer: grounded, or the numbers that are not.</summary>
/// <param name="Grounded">True when every number is quoted from a cited passage or computed by a calculation.</param>
/// <param name="Ungrounded">The numbers that are neither, in text order.</param>
public sealed record GroundingVerdict(bool Grounded, IReadOnlyList<UngroundedNumber> Ungrounded)
{
    /// <summary>A verdict with nothing to complain about.</summary>
    public static GroundingVerdict Ok { get; } = new(true, []);

    /// <summary>The complaint, for a retry prompt and for traces: "Not grounded: "$300 billion", "7"."</summary>
    public string Describe() =>
        Grounded
            ? "All numbers are grounded."
            : "Not grounded: " + string.Join(", ", Ungrounded.Select(u => $"\"{u.Text}\"")) + ".";
}
