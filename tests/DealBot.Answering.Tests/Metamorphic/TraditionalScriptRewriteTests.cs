namespace DealBot.Answering.Tests.Metamorphic;

public sealed class TraditionalScriptRewriteTests
{
    private readonly TraditionalScriptRewrite _rewrite = new(ChineseScriptTable.Repository);

    [Fact]
    public void Rewrite_SimplifiedQuestion_TraditionalCharactersNumbersAndLatinKept()
    {
        // 划 stays: it is traditional too (划船), so the table gives it no traditional form.
        Assert.Equal("英偉達計划向OpenAI投資1000億美元嗎？", _rewrite.Rewrite("英伟达计划向OpenAI投资1000亿美元吗？"));
    }

    [Fact]
    public void Rewrite_KeepsLengthAndIsDeterministic()
    {
        var question = "第一阶段什么时候上线？10千兆瓦";

        var rewritten = _rewrite.Rewrite(question)!;

        Assert.Equal(question.Length, rewritten.Length);
        Assert.Equal(rewritten, _rewrite.Rewrite(question));
        Assert.EndsWith("10千兆瓦", rewritten, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How much will Nvidia invest?")] // not Chinese
    [InlineData("今天上海")]                        // nothing to change
    public void Rewrite_NothingToChange_DoesNotApply(string question)
    {
        Assert.Null(_rewrite.Rewrite(question));
    }
}
