using DealBot.Discord.Testing;
using DealBot.Discord.Testing.Load;
using static DealBot.Discord.Tests.Load.LedgerRequests;

namespace DealBot.Discord.Tests.Load;

public sealed class ReplyLedgerTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    private static AskedQuestion Mention(int number, ulong id, double sentMs = 0) => new(number, AskedVia.Mention, id, At(sentMs));

    private static AskedQuestion Ask(int number, ulong id, string token, double sentMs = 0) => new(number, AskedVia.Slash, id, At(sentMs), token);

    [Fact]
    public void Check_EachQuestionRepliedOnce_IsCleanWithDelaysFromDispatch()
    {
        var asked = new[] { Mention(1, 11, sentMs: 100), Mention(2, 12, sentMs: 200) };
        var exchanges = new[] { Typing(120), Reply(11, 400), Reply(12, 1200) };

        var account = ReplyLedger.Check(asked, exchanges, Deadline);

        Assert.True(account.IsClean);
        Assert.Equal(2, account.QuestionToReply.Count);
        Assert.Equal(1000, account.QuestionToReply.Max.TotalMilliseconds, 0.5);
        Assert.Equal(300, account.QuestionToReply.P50.TotalMilliseconds, 0.5);
    }

    [Fact]
    public void Check_QuestionWithoutReply_IsLost()
    {
        var account = ReplyLedger.Check([Mention(1, 11), Mention(2, 12)], [Reply(11, 50)], Deadline);

        Assert.Equal(2, Assert.Single(account.Lost).Number);
        Assert.False(account.IsClean);
    }

    [Fact]
    public void Check_TwoMessagesReplyingToOneQuestion_IsDuplicate()
    {
        var account = ReplyLedger.Check([Mention(1, 11)], [Reply(11, 50, nonce: "a"), Reply(11, 60, nonce: "b")], Deadline);

        Assert.Equal(1, Assert.Single(account.Duplicated).Number);
        Assert.Empty(account.Lost);
    }

    [Fact]
    public void Check_SendRetriedWithTheSameEnforcedNonce_IsOneReply()
    {
        var account = ReplyLedger.Check([Mention(1, 11)], [Reply(11, 50, nonce: "n1"), Reply(11, 90, nonce: "n1")], Deadline);

        Assert.Empty(account.Duplicated);
        Assert.True(account.IsClean);
    }

    [Fact]
    public void Check_RefusedAndRateLimitedSends_AreNotReplies()
    {
        var account = ReplyLedger.Check([Mention(1, 11)], [Reply(11, 50, status: 429), Reply(11, 70, status: 400)], Deadline);

        Assert.Single(account.Lost);
        Assert.Equal(1, account.RateLimited);
        Assert.Equal(400, Assert.Single(account.Failures).Status);
    }

    [Fact]
    public void Check_DeferredAskEditedOnce_IsAnsweredWithAckAndReplyDelays()
    {
        var account = ReplyLedger.Check([Ask(1, 21, "tok", sentMs: 1000)], [Callback(21, "tok", 5, 1150), OriginalEdit("tok", 1900)], Deadline);

        Assert.True(account.IsClean);
        Assert.Equal(150, account.Acknowledgement.Max.TotalMilliseconds, 0.5);
        Assert.Equal(900, account.QuestionToReply.Max.TotalMilliseconds, 0.5);
    }

    [Fact]
    public void Check_AskAnsweredAtOnce_CallbackIsTheReply()
    {
        var account = ReplyLedger.Check([Ask(1, 21, "tok")], [Callback(21, "tok", 4, 80)], Deadline);

        Assert.True(account.IsClean);
        Assert.Equal(1, account.QuestionToReply.Count);
    }

    [Fact]
    public void Check_DeferredAskNeverEdited_IsLost()
    {
        var account = ReplyLedger.Check([Ask(1, 21, "tok")], [Callback(21, "tok", 5, 80)], Deadline);

        Assert.Single(account.Lost);
        Assert.Equal(1, account.Acknowledgement.Count);
    }

    [Fact]
    public void Check_AskAcknowledgedTwice_IsDuplicate()
    {
        var account = ReplyLedger.Check([Ask(1, 21, "tok")], [Callback(21, "tok", 5, 80), Callback(21, "tok", 5, 90), OriginalEdit("tok", 500)], Deadline);

        Assert.Single(account.Duplicated);
    }

    [Fact]
    public void Check_AckAtTheDeadline_IsLate()
    {
        var account = ReplyLedger.Check(
            [Ask(1, 21, "a"), Ask(2, 22, "b")],
            [Callback(21, "a", 5, 2999), OriginalEdit("a", 3500), Callback(22, "b", 5, 3000), OriginalEdit("b", 3600)],
            Deadline);

        Assert.Equal(2, Assert.Single(account.LateAcknowledgements).Number);
        Assert.False(account.IsClean);
    }

    [Fact]
    public void Check_ReplyToAMessageNobodyAsked_IsUnmatched()
    {
        var account = ReplyLedger.Check([Mention(1, 11)], [Reply(11, 50), Reply(99, 60)], Deadline);

        Assert.Equal(1, account.UnmatchedReplies);
        Assert.False(account.IsClean);
    }
}
