namespace DealBot.Discord.Testing.Load;

/// <summary>
/// What became of the questions of a load run: which got no reply (lost) or more than one (duplicated), how fast
/// interactions were acknowledged and questions answered, and what the fake refused along the way.
/// </summary>
public sealed record ReplyAccount(
    int Asked,
    IReadOnlyList<AskedQuestion> Lost,
    IReadOnlyList<AskedQuestion> Duplicated,
    IReadOnlyList<AskedQuestion> LateAcknowledgements,
    LatencySummary Acknowledgement,
    LatencySummary QuestionToReply,
    int UnmatchedReplies,
    IReadOnlyList<RestExchange> Failures,
    int RateLimited)
{
    /// <summary>Every question answered exactly once, every interaction acknowledged in time, nothing refused.</summary>
    public bool IsClean => Lost.Count == 0 && Duplicated.Count == 0 && LateAcknowledgements.Count == 0 && UnmatchedReplies == 0 && Failures.Count == 0;
}
