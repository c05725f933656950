namespace DealBot.Core.Answers;

/// <summary>The names of <see cref="VerifierVerdict"/> in the audit trail.</summary>
public static class VerifierVerdictNames
{
    public const string NotChecked = "not_checked";
    public const string Grounded = "grounded";
    public const string Rejected = "rejected";

    public static string Of(VerifierVerdict verdict) => verdict switch
    {
        VerifierVerdict.Grounded => Grounded,
        VerifierVerdict.Rejected => Rejected,
        _ => NotChecked,
    };
}
