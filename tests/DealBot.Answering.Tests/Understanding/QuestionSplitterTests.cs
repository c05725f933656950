using DealBot.Answering.Understanding;

namespace DealBot.Answering.Tests.Understanding;

/// <summary>A message asking several things is split into its questions, in order; one asking one thing is not.</summary>
public sealed class QuestionSplitterTests
{
    [Theory]
    [InlineData("How much is Nvidia investing and when does the first phase start?", "How much is Nvidia investing", "and when does the first phase start?")]
    [InlineData("How much is Nvidia investing? When does the first phase start?", "How much is Nvidia investing?", "When does the first phase start?")]
    [InlineData("英伟达投资多少？什么时候开始？", "英伟达投资多少？", "什么时候开始？")]
    [InlineData("OpenAI周活多少？跟微软啥关系？", "OpenAI周活多少？", "跟微软啥关系？")]
    [InlineData("英伟达投资多少，什么时候开始？", "英伟达投资多少", "什么时候开始？")]
    [InlineData("1) how much is nvidia investing? 2) when is the first phase?", "how much is nvidia investing?", "when is the first phase?")]
    [InlineData("1）英伟达投资多少？2）第一阶段什么时候？", "英伟达投资多少？", "第一阶段什么时候？")]
    [InlineData("what does nvidia supply? platform???", "what does nvidia supply?", "platform???")]
    public void Split_TwoQuestions_TwoPartsInOrder(string question, string first, string second) =>
        Assert.Equal([first, second], Parts(question));

    [Fact]
    public void Split_ThreeQuestionsJoinedByCommas_ThreeParts() =>
        Assert.Equal(
            ["how many GW", "how many households is that", "and what's the kW per household?"],
            Parts("how many GW, how many households is that, and what's the kW per household?"));

    [Theory]
    [InlineData("How much is Nvidia investing in OpenAI?")]
    [InlineData("英伟达对OpenAI的首笔投资是多少？")]
    [InlineData("What is 3.5 GW in MW?")]
    [InlineData("say a GW costs $45bn, how much would 3 GW cost?")]
    [InlineData("what if only 4 GW were built, how much would it cost?")]
    [InlineData("假如只建4吉瓦，要花多少钱？")]
    [InlineData("what? when? who? why? how?")]
    [InlineData("")]
    public void Split_OneQuestion_OnePart(string question) =>
        Assert.Single(Parts(question));

    [Theory]
    [InlineData("How much is $1,000,000 per GW, and what is 2.5 GW in MW?", "$1,000,000", "2.5 GW")]
    [InlineData("How much is 1,000 GW in MW? And what is 0.5 GW in kW?", "1,000 GW", "0.5 GW")]
    [InlineData("1000亿美元是多少欧元？3.5吉瓦是多少兆瓦？", "1000亿美元", "3.5吉瓦")]
    public void Split_NumbersWithCommasAndPoints_StayWhole(string question, string first, string second)
    {
        var parts = Parts(question);

        Assert.Equal(2, parts.Count);
        Assert.Contains(first, parts[0], StringComparison.Ordinal);
        Assert.Contains(second, parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Split_Parts_AreSpansOfTheReadText()
    {
        var frame = Frames.Read("英伟达投资多少？什么时候开始？");

        var spans = QuestionSplitter.Split(frame.Text, frame.Cues);

        Assert.Equal(frame.Text.Text.Length, spans.Sum(s => s.Length));
        Assert.Equal(0, spans[0].Start);
        Assert.Equal(spans[0].Start + spans[0].Length, spans[1].Start);
    }

    private static List<string> Parts(string question)
    {
        var frame = Frames.Read(question);
        return [.. QuestionSplitter.Split(frame.Text, frame.Cues).Select(p => frame.Text.Slice(p.Start, p.Length).Text.Trim(',', '，', ' '))];
    }
}
