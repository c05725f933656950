using DealBot.Answering.Analysis;
using DealBot.Answering.Tests.Plugins;
using DealBot.Core.Figures;
using DealBot.Core.Matching;

namespace DealBot.Answering.Tests.Analysis;

/// <summary>Which requests are refused or declined before retrieval, however they are phrased.</summary>
public sealed class QuestionKindTests
{
    private readonly QuestionAnalyzer _analyzer = new(new FigureExtractor());
    private readonly GlossaryMatcher _glossary = new(TestFacts.Sheet.Glossary);

    [Theory]
    [InlineData("Is Nvidia stock a buy after this announcement?")]
    [InlineData("Would you recommend buying Oracle shares on this news?")]
    [InlineData("Would you buy Broadcom here?")]
    [InlineData("现在适合买入英伟达的股票吗？")]
    [InlineData("我手里的博通股票应该卖掉吗？")]
    public void Analyze_AdviceInOtherWords_IsInvestmentAdvice(string question) =>
        Assert.Equal(QuestionKind.InvestmentAdvice, _analyzer.Analyze(question, _glossary).Kind);

    [Theory]
    [InlineData("What is Nvidia trading at today?")]
    [InlineData("What was Oracle's closing price yesterday?")]
    [InlineData("英伟达今天的收盘价是多少？")]
    public void Analyze_PriceOfToday_IsLive(string question) =>
        Assert.Equal(QuestionKind.Live, _analyzer.Analyze(question, _glossary).Kind);

    [Theory]
    [InlineData("What kind of OpenAI shares would Nvidia buy?")]
    [InlineData("How did Nvidia's stock react to the news?")]
    [InlineData("英伟达会购买OpenAI的什么股份？")]
    [InlineData("OpenAI会用这笔钱买英伟达的芯片吗？")]
    public void Analyze_QuestionAboutTheDealsShares_IsAQuestion(string question) =>
        Assert.Equal(QuestionKind.Question, _analyzer.Analyze(question, _glossary).Kind);
}
