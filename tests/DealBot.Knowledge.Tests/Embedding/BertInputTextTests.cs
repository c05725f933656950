using DealBot.Knowledge.Embedding;

namespace DealBot.Knowledge.Tests.Embedding;

public sealed class BertInputTextTests
{
    [Fact]
    public void Prepare_ChineseRun_EveryCharacterStandsAlone()
    {
        var prepared = BertInputText.Prepare("英伟达向OpenAI投资");

        Assert.Equal("英 伟 达 向 OpenAI 投 资", prepared);
    }

    [Fact]
    public void Prepare_LineBreakBetweenTitleAndText_BecomesOneSpace()
    {
        var prepared = BertInputText.Prepare("Deal structure\nNvidia plans\t to invest");

        Assert.Equal("Deal structure Nvidia plans to invest", prepared);
    }

    [Theory]
    [InlineData("US$100 billion.", "US $ 100 billion .")]
    [InlineData("英伟达（Nvidia）表示，", "英 伟 达 （ Nvidia ） 表 示 ，")]
    [InlineData("4.4%", "4 . 4 %")]
    public void Prepare_Punctuation_IsSplitOff(string text, string expected)
    {
        Assert.Equal(expected, BertInputText.Prepare(text));
    }

    [Fact]
    public void Prepare_Accents_AreStripped()
    {
        Assert.Equal("cafe naive", BertInputText.Prepare("café naïve"));
    }
}
