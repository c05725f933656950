namespace DealBot.Answering.Tests.Metamorphic;

public sealed class KeyboardTypoRewriteTests
{
    private readonly KeyboardTypoRewrite _rewrite = new();

    [Theory]
    [InlineData("How much investment is that per gigawatt?", "How much invesyment is that per gigawatt?")] // longest word, middle letter
    [InlineData("How did Nvidia's stock react?", "How did Nvifia's stock react?")]                       // first of the longest, case kept
    [InlineData("英伟达计划向OpenAI投资多少钱？", "英伟达计划向OpemAI投资多少钱？")]                   // a Latin word among Chinese
    public void Rewrite_OneLetterOfTheLongestWord_BecomesItsKeyboardNeighbour(string question, string expected)
    {
        Assert.Equal(expected, _rewrite.Rewrite(question));
    }

    [Fact]
    public void Rewrite_ChangesExactlyOneLetterAndKeepsNumbers()
    {
        var question = "Would $100 billion at a 500,000,000,000 valuation and 10GW buy 2% of OpenAI?";

        var rewritten = _rewrite.Rewrite(question)!;

        Assert.Equal(question.Length, rewritten.Length);
        Assert.Single(Enumerable.Range(0, question.Length), i => question[i] != rewritten[i]);
        Assert.Equal(question.Where(char.IsAsciiDigit), rewritten.Where(char.IsAsciiDigit));
        Assert.Contains("$100 billion at a 500,000,000,000", rewritten, StringComparison.Ordinal);
        Assert.Equal(rewritten, _rewrite.Rewrite(question));
    }

    [Theory]
    [InlineData("Did AMD or TSMC win?")] // short names and words only
    [InlineData("英伟达投资多少？")]
    [InlineData("Is H100X2 next?")]       // letters touching digits
    public void Rewrite_NoWordOfFiveLetters_DoesNotApply(string question)
    {
        Assert.Null(_rewrite.Rewrite(question));
    }

    [Theory]
    [InlineData('q', 'w')]
    [InlineData('p', 'o')] // end of a row: the key to the left
    [InlineData('M', 'N')]
    public void Neighbour_NextKeyOnTheRow(char letter, char expected)
    {
        Assert.Equal(expected, KeyboardTypoRewrite.Neighbour(letter));
    }
}
