namespace DealBot.Answering.Tests.Metamorphic;

public sealed class ChatterSuffixRewriteTests
{
    [Theory]
    [InlineData(" lol", "How much is the 1st tranche, $10B?", "How much is the 1st tranche, $10B? lol")]
    [InlineData("??", "英伟达投资1000亿美元吗？ ", "英伟达投资1000亿美元吗？??")]
    [InlineData(" 🤔", "How much?", "How much? 🤔")]
    public void Rewrite_SuffixAfterTheQuestion_QuestionKept(string suffix, string question, string expected)
    {
        var rewrite = new ChatterSuffixRewrite(suffix);

        Assert.Equal(expected, rewrite.Rewrite(question));
        Assert.Equal(rewrite.Rewrite(question), rewrite.Rewrite(question));
    }
}
