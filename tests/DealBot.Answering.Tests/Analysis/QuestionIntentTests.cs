using DealBot.Answering.Analysis;
using DealBot.Answering.Tests.Plugins;
using DealBot.Core.Figures;
using DealBot.Core.Matching;

namespace DealBot.Answering.Tests.Analysis;

/// <summary>Questions asking for an amount are read as such however the amount is asked for.</summary>
public sealed class QuestionIntentTests
{
    private readonly QuestionAnalyzer _analyzer = new(new FigureExtractor());
    private readonly GlossaryMatcher _glossary = new(TestFacts.Sheet.Glossary);

    [Theory]
    [InlineData("英伟达对OpenAI的首笔投资是多少？")]
    [InlineData("英伟达首笔投入有多少？")]
    [InlineData("英伟达这次出资一共多少？")]
    [InlineData("英伟达首笔投资多少钱？")]
    [InlineData("What is the size of Nvidia's initial investment?")]
    public void Analyze_AmountAskedInOtherWords_IsAnAmountQuestion(string question) =>
        Assert.Equal(Intent.Amount, _analyzer.Analyze(question, _glossary).Intent);

    [Theory]
    [InlineData("英伟达和OpenAI的合作是怎么安排的？")]
    [InlineData("这笔交易为什么引发反垄断担忧？")]
    public void Analyze_QuestionsAskingNoAmount_AreNotAmountQuestions(string question) =>
        Assert.NotEqual(Intent.Amount, _analyzer.Analyze(question, _glossary).Intent);
}
