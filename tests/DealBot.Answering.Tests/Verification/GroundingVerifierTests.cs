using DealBot.Answering.Plugins;
using DealBot.Answering.Verification;
using DealBot.Core.Answers;
using DealBot.Core.Figures;

namespace DealBot.Answering.Tests.Verification;

public sealed class GroundingVerifierTests
{
    private static readonly DateOnly Published = new(2025, 9, 23);

    private readonly GroundingVerifier _verifier = new(new FigureExtractor(), new FigureEquivalence());

    private static Citation Cite(string quote) => new("deal-structure-en", "Deal", Published, quote);

    [Theory]
    [InlineData("Nvidia's first investment is US$10 billion.")]
    [InlineData("Nvidia's first investment is $10bn.")]
    [InlineData("英伟达的首笔投资为100亿美元。")]
    public void Verify_SameFigureInAnyWriting_Grounded(string answer)
    {
        var verdict = _verifier.Verify(answer, [Cite("Nvidia will make a first investment of US$10 billion in OpenAI")], []);

        Assert.True(verdict.Grounded, verdict.Describe());
    }

    [Fact]
    public void Verify_ChineseQuoteEnglishAnswer_Grounded()
    {
        var verdict = _verifier.Verify("Nvidia plans to invest up to $100 billion.", [Cite("英伟达计划向OpenAI投资最高1000亿美元")], []);

        Assert.True(verdict.Grounded, verdict.Describe());
    }

    [Theory]
    [InlineData("According to \"欧盟委员会最迟2027年3月9日作出裁决\": 律师预计双方会作出承诺。", true)]
    [InlineData("According to \"欧盟委员会最迟2027年3月9日作出裁决\": 裁决日期为2027年4月1日。", false)]
    public void Verify_DateOfTheCitedArticlesTitle_Grounded(string answer, bool grounded)
    {
        var citation = new Citation("review-zh", "欧盟委员会最迟2027年3月9日作出裁决", new DateOnly(2026, 10, 21), "律师预计双方会作出承诺。");

        var verdict = _verifier.Verify(answer, [citation], []);

        Assert.Equal(grounded, verdict.Grounded);
    }

    [Fact]
    public void Verify_InventedAmount_RejectedWithItsText()
    {
        var verdict = _verifier.Verify("Nvidia will invest $300 billion.", [Cite("Nvidia plans to invest up to US$100 billion in OpenAI")], []);

        Assert.False(verdict.Grounded);
        var number = Assert.Single(verdict.Ungrounded);
        Assert.Equal("$300 billion", number.Text);
        Assert.Contains("$300 billion", verdict.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_InventedChineseAmount_Rejected()
    {
        var verdict = _verifier.Verify("英伟达将投资3000亿美元。", [Cite("英伟达计划向OpenAI投资最高1000亿美元")], []);

        Assert.False(verdict.Grounded);
        Assert.Equal("3000亿美元", Assert.Single(verdict.Ungrounded).Text);
    }

    [Fact]
    public void Verify_NumberFromCalculation_Grounded()
    {
        var perGw = new CalculatorPlugin(new FigureFormatter()).PerUnit(100e9m, 10, "GW", inputs: ["deal-structure-en#nvidia-investment-total"]).ToCalculation();

        var verdict = _verifier.Verify(
            "That is about US$10 billion per GW of the 10 GW planned.",
            [Cite("Nvidia plans to invest up to US$100 billion"), Cite("at least 10 gigawatts (GW) of Nvidia systems")],
            [perGw]);

        Assert.True(verdict.Grounded, verdict.Describe());
    }

    [Theory]
    [InlineData("The stake is 1.96% post-money.", true)]
    [InlineData("首笔投资按投后估值约占1.96%。", true)]
    [InlineData("The stake is 2.5% post-money.", false)]
    public void Verify_PercentFromCalculation_MatchesOnlyTheResult(string answer, bool grounded)
    {
        var share = new CalculatorPlugin(new FigureFormatter()).ShareOfValuation(10e9m, 500e9m, postMoney: true).ToCalculation();

        Assert.Equal(grounded, _verifier.Verify(answer, [Cite("a first investment of US$10 billion, at a valuation of US$500 billion")], [share]).Grounded);
    }

    [Fact]
    public void Verify_DaysFromDateCalculation_Grounded()
    {
        var days = new CalculationResult("2026-11-28 - 2025-09-22", "432", 432, "days", "432 days", []).ToCalculation();

        var verdict = _verifier.Verify("From 2025-09-22 to 2026-11-28 is 432 days.", [Cite("On September 22, 2025, Nvidia and OpenAI announced a letter of intent")], [days]);

        Assert.True(verdict.Grounded, verdict.Describe());
    }

    [Fact]
    public void Verify_DatesAndYearsOfCitations_Grounded()
    {
        var verdict = _verifier.Verify(
            "As reported in September 2025, the first phase was planned for the second half of 2026.",
            [Cite("The first phase is planned to come online in the second half of 2026")],
            []);

        Assert.True(verdict.Grounded, verdict.Describe());
    }

    [Fact]
    public void Verify_UngroundedYear_Rejected()
    {
        var verdict = _verifier.Verify("The first phase comes online in 2028.", [Cite("The first phase is planned to come online in the second half of 2026")], []);

        Assert.False(verdict.Grounded);
    }

    [Fact]
    public void Verify_CitationAndListMarkers_Ignored()
    {
        var verdict = _verifier.Verify(
            "1. Nvidia plans up to US$100 billion [1].\n2. See [deal-structure-en/p3].",
            [Cite("Nvidia plans to invest up to US$100 billion in OpenAI")],
            []);

        Assert.True(verdict.Grounded, verdict.Describe());
    }

    [Fact]
    public void Verify_NoNumbers_Grounded()
    {
        Assert.True(_verifier.Verify("Analysts worried about circularity.", [], []).Grounded);
    }

    [Fact]
    public void Verify_NumberWithoutAnyCitation_Rejected()
    {
        Assert.False(_verifier.Verify("Nvidia shares rose 4.4%.", [], []).Grounded);
    }

    [Fact]
    public void Verify_KnownDate_Grounded()
    {
        var verdict = _verifier.Verify("Today is 2026-03-01.", [], [], [new DateOnly(2026, 3, 1)]);

        Assert.True(verdict.Grounded, verdict.Describe());
    }
}
