using DealBot.Core.Facts;
using DealBot.Core.Matching;
using DealBot.Knowledge.Retrieval;

namespace DealBot.Knowledge.Tests.Retrieval;

public sealed class DenseQueryTests
{
    private static readonly GlossaryMatcher Glossary = new(
    [
        new GlossaryEntry("nvidia", "company", ["Nvidia"], ["英伟达"]),
        new GlossaryEntry("openai", "company", ["OpenAI"], ["OpenAI"]),
    ]);

    [Fact]
    public void TextsFor_EnglishQuestionNamingEntities_IsTheQuestionAndTheQuestionWithoutNames()
    {
        var texts = DenseQuery.TextsFor("What kind of OpenAI shares would Nvidia get?", Glossary);

        Assert.Equal(2, texts.Count);
        Assert.Equal("What kind of OpenAI shares would Nvidia get?", texts[0]);
        Assert.DoesNotContain("Nvidia", texts[1], StringComparison.Ordinal);
        Assert.DoesNotContain("OpenAI", texts[1], StringComparison.Ordinal);
        Assert.Contains("shares would", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void TextsFor_ChineseQuestion_IsOneTextWithEnglishNames()
    {
        var texts = DenseQuery.TextsFor("英伟达向OpenAI投资多少？", Glossary);

        var text = Assert.Single(texts);
        Assert.Contains("Nvidia", text, StringComparison.Ordinal);
        Assert.DoesNotContain("英伟达", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How large is the first phase?")]
    [InlineData("Nvidia OpenAI?")]
    public void TextsFor_EnglishQuestionWithNothingToLeaveOut_IsTheQuestionAlone(string question)
    {
        Assert.Equal([question], DenseQuery.TextsFor(question, Glossary));
    }
}
