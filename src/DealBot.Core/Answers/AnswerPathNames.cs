namespace DealBot.Core.Answers;

/// <summary>The names of <see cref="AnswerPath"/> in metrics, spans and the audit trail.</summary>
public static class AnswerPathNames
{
    public const string Offline = "offline";
    public const string Llm = "llm";
    public const string Fallback = "fallback";

    public static string Of(AnswerPath path) => path switch
    {
        AnswerPath.Llm => Llm,
        AnswerPath.Fallback => Fallback,
        _ => Offline,
    };
}
