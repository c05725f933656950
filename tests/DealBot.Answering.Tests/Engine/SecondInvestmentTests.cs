using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// Newer evidence wins where the question asks for it, and only there: the second investment is the later report's
/// figure even when the best sentence only restates the planned total; "at what valuation?" right after it is that
/// investment's valuation; "the latest valuation" is the newest report's; "did they ever sign?" is answered once a
/// later report says they did; "how much will Nvidia invest?" is still the planned total.
/// </summary>
public sealed class SecondInvestmentTests(SecondInvestmentFixture fixture) : IClassFixture<SecondInvestmentFixture>
{
    [Theory]
    [InlineData("how much was nvidia's second investment in openai?", "7 billion")]
    [InlineData("英伟达第二笔投资是多少？", "70亿")]
    public async Task AnswerAsync_SecondInvestment_GivesTheLaterReportsFigure(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.SourceId is SecondInvestmentFixture.EnglishId or SecondInvestmentFixture.ChineseId);
    }

    [Theory]
    [InlineData("how much was nvidia's second investment in openai?", "at what valuation?", "760 billion")]
    public async Task AnswerAsync_ValuationRightAfterTheSecondInvestment_IsThatInvestmentsValuation(string first, string second, string expected)
    {
        var answer = await fixture.FollowUpAsync(first, second);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("500 billion", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's openai's latest valuation?", "760 billion")]
    [InlineData("OpenAI最新估值是多少？", "7600亿")]
    public Task AnswerAsync_LatestValuation_GivesTheNewestReport(string question, string expected) =>
        AssertAnsweredWithAsync(question, expected);

    [Theory]
    [InlineData("so did nvidia and openai ever sign the definitive agreement or is it still just the LOI?", "June 30, 2026")]
    [InlineData("英伟达和OpenAI现在签最终协议了吗？", "2026年6月30日")]
    public Task AnswerAsync_DidTheyEverSign_IsAnsweredByTheLaterReport(string question, string expected) =>
        AssertAnsweredWithAsync(question, expected);

    [Theory]
    [InlineData("how much will nvidia invest in openai?", "100 billion")]
    [InlineData("英伟达投多少？", "1000亿")]
    public Task AnswerAsync_PlannedInvestment_IsStillThePlannedTotal(string question, string expected) =>
        AssertAnsweredWithAsync(question, expected);

    [Theory]
    [InlineData("7b in at the valuation they used for it = what % of openai?", "0.921%")]
    [InlineData("what % of oai does the 7bn buy at that valuation", "0.921%")]
    [InlineData("按那笔投资用的估值，70亿美元能买到OpenAI百分之几？", "0.921%")]
    public Task AnswerAsync_StakeOfAnAmountAtItsOwnValuation_DividesByTheValuationReportedWithIt(string question, string expected) =>
        AssertAnsweredWithAsync(question, expected);

    // A follow-up's own word says which figure of the sentence it asked for: after "at what valuation?", "that" is the
    // valuation, not the investment the same clause names; "how much higher … than" asks for the difference.
    [Theory]
    [InlineData("how much was nvidia's second investment in openai?", "at what valuation?", "how much higher is that than $500bn?", "260 billion")]
    public async Task AnswerAsync_HowMuchHigherThanTheValuationJustGiven_SubtractsFromThatValuation(string first, string second, string third, string expected)
    {
        var one = await fixture.Engine.AnswerAsync(new Question(first));
        var two = await fixture.Engine.AnswerAsync(new Question(second, [new ConversationTurn(first, one.Text)]));
        var answer = await fixture.Engine.AnswerAsync(new Question(third, [new ConversationTurn(first, one.Text), new ConversationTurn(second, two.Text)]));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OpenAI最新估值比5000亿美元高多少？", "2600亿")]
    [InlineData("how much higher is openai's latest valuation than $500bn?", "260 billion")]
    public Task AnswerAsync_HowMuchHigherThanAStatedAmount_IsTheDifference(string question, string expected) =>
        AssertAnsweredWithAsync(question, expected);

    private async Task AssertAnsweredWithAsync(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
