using DealBot.Answering.Analysis;
using DealBot.Answering.Tests.Plugins;
using DealBot.Core.Figures;
using DealBot.Core.Matching;

namespace DealBot.Answering.Tests.Analysis;

public sealed class QuestionPremiseTests
{
    private readonly QuestionAnalyzer _analyzer = new(new FigureExtractor());
    private readonly GlossaryMatcher _glossary = new(TestFacts.Sheet.Glossary);

    [Theory]
    [InlineData("Since Nvidia is investing $300 billion in OpenAI, how big is the first tranche?", "Nvidia is investing $300 billion in OpenAI")]
    [InlineData("Given that Nvidia invests $300 billion, what is the first tranche?", "Nvidia invests $300 billion")]
    [InlineData("How big is the first tranche, given that Nvidia invests $300 billion?", "Nvidia invests $300 billion?")]
    [InlineData("既然英伟达要向OpenAI投资3000亿美元，首笔投资有多大？", "英伟达要向OpenAI投资3000亿美元")]
    [InlineData("由于英伟达投资3000亿美元，每千兆瓦对应多少投资？", "英伟达投资3000亿美元")]
    public void Analyze_StatedAssumption_IsThePremiseWithItsNumber(string question, string premise)
    {
        var analysis = _analyzer.Analyze(question, _glossary);

        Assert.Equal(premise, analysis.Premise);
        var number = Assert.Single(analysis.Numbers, n => n.Kind == FigureKind.Money);
        Assert.True(analysis.InPremise(number));
        Assert.DoesNotContain(premise, analysis.Asked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("If only 3 GW are deployed, how much would Nvidia invest at the same rate?")]
    [InlineData("As of September 2025, how much will Nvidia invest?")]
    [InlineData("What share of OpenAI would the first $10 billion buy at that valuation?")]
    [InlineData("How much will Nvidia invest once a definitive agreement is signed?")]
    [InlineData("每千兆瓦对应多少投资？")]
    public void Analyze_NoStatedAssumption_NoPremise(string question)
    {
        var analysis = _analyzer.Analyze(question, _glossary);

        Assert.Null(analysis.Premise);
        Assert.Equal(analysis.Text, analysis.Asked);
        Assert.All(analysis.Numbers, n => Assert.False(analysis.InPremise(n)));
    }
}
