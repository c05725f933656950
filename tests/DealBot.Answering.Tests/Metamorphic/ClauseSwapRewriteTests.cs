namespace DealBot.Answering.Tests.Metamorphic;

public sealed class ClauseSwapRewriteTests
{
    private readonly ClauseSwapRewrite _rewrite = new();

    [Theory]
    [InlineData("If only 3 GW are deployed, how much would Nvidia invest?", "How much would Nvidia invest, if only 3 GW are deployed?")]
    [InlineData("What share would $20 billion buy at a $500 billion valuation, post-money?", "Post-money, what share would $20 billion buy at a $500 billion valuation?")]
    [InlineData("Given 8,000,000 homes, what is 10 GW per home?", "What is 10 GW per home, given 8,000,000 homes?")]
    [InlineData("OpenAI aside, who gains?", "Who gains, OpenAI aside?")] // a word with capitals inside keeps its case
    [InlineData("如果只部署5吉瓦，英伟达会投资多少？", "英伟达会投资多少，如果只部署5吉瓦？")]
    public void Rewrite_TwoClauses_SwappedWithNumbersAndEndKept(string question, string expected)
    {
        Assert.Equal(expected, _rewrite.Rewrite(question));
        Assert.Equal(_rewrite.Rewrite(question), _rewrite.Rewrite(question));
    }

    [Theory]
    [InlineData("How much will Nvidia invest?")]           // one clause
    [InlineData("Is it 8,000,000 homes?")]                 // the comma is inside a number
    [InlineData("If so, and if not, what then?")]          // three clauses
    [InlineData(", how much?")]                            // no first clause
    public void Rewrite_NotTwoClauses_DoesNotApply(string question)
    {
        Assert.Null(_rewrite.Rewrite(question));
    }
}
