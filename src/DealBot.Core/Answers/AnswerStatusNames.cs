namespace DealBot.Core.Answers;

/// <summary>The names of <see cref="AnswerStatus"/> in the answer JSON contract and expectation files.</summary>
public static class AnswerStatusNames
{
    public const string Answered = "answered";
    public const string NotInSources = "not_in_sources";
    public const string OutOfScope = "out_of_scope";
    public const string Refused = "refused";

    public static string Of(AnswerStatus status) => status switch
    {
        AnswerStatus.Answered => Answered,
        AnswerStatus.NotInSources => NotInSources,
        AnswerStatus.OutOfScope => OutOfScope,
        _ => Refused,
    };

    /// <summary>Reads a contract name, ignoring case and surrounding space.</summary>
    public static bool TryParse(string? name, out AnswerStatus status)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case Answered:
                status = AnswerStatus.Answered;
                return true;
            case NotInSources:
                status = AnswerStatus.NotInSources;
                return true;
            case OutOfScope:
                status = AnswerStatus.OutOfScope;
                return true;
            case Refused:
                status = AnswerStatus.Refused;
                return true;
            default:
                status = default;
                return false;
        }
    }
}
