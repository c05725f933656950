using DealBot.Core.Text;

namespace DealBot.Core.Tests.Text;

/// <summary>Traditional text is read in simplified form, and the bot's own words follow the member's script.</summary>
public sealed class ChineseScriptTests
{
    [Theory]
    [InlineData("輝達", "辉达")]
    [InlineData("這筆交易是什麼時候宣佈的？", "这笔交易是什么时候宣布的？")]
    [InlineData("英偉達對OpenAI的投資有多大？", "英伟达对OpenAI的投资有多大？")]
    [InlineData("一千億美元，十千兆瓦電力", "一千亿美元，十千兆瓦电力")]
    [InlineData("甲骨文與博通的股價", "甲骨文与博通的股价")]
    [InlineData("裡面和週末", "里面和周末")]
    public void ToSimplified_TraditionalText_ReadsInSimplifiedForm(string traditional, string simplified)
    {
        // Act
        var result = ChineseScript.ToSimplified(traditional);

        // Assert
        Assert.Equal(simplified, result);
        Assert.Equal(traditional.Length, result.Length);
    }

    [Theory]
    [InlineData("How much will Nvidia invest in OpenAI?")]
    [InlineData("英伟达计划向OpenAI投资1000亿美元。")]
    [InlineData("")]
    [InlineData("$45bn per GW, 30%, 🚀")]
    public void ToSimplified_NothingTraditional_ReturnsTheSameInstance(string text) =>
        Assert.Same(text, ChineseScript.ToSimplified(text));

    [Theory]
    [InlineData("什么时候宣布的", "什麼時候宣布的")]
    [InlineData("英伟达的投资", "英偉達的投資")]
    [InlineData("之后的电力", "之後的電力")]
    [InlineData("1000亿美元", "1000億美元")]
    public void ToTraditional_UnambiguousCharacters_WrittenInTraditionalForm(string simplified, string traditional) =>
        Assert.Equal(traditional, ChineseScript.ToTraditional(simplified));

    [Theory]
    [InlineData("台")]
    [InlineData("里")]
    [InlineData("干")]
    [InlineData("面")]
    [InlineData("系")]
    public void ToTraditional_FormDependsOnTheWord_CharacterStaysAsItIs(string character) =>
        Assert.Equal(character, ChineseScript.ToTraditional(character));

    [Theory]
    [InlineData("这笔交易是什么时候宣布的？")]
    [InlineData("英伟达对OpenAI的投资有多大？")]
    [InlineData("分析师担心循环融资")]
    public void ToTraditional_ThenToSimplified_GivesTheTextBack(string simplified) =>
        Assert.Equal(simplified, ChineseScript.ToSimplified(ChineseScript.ToTraditional(simplified)));

    [Theory]
    [InlineData("這筆交易是什麼時候宣布的？", true)]
    [InlineData("輝達要投多少給OpenAI？", true)]
    [InlineData("这笔交易是什么时候宣布的？", false)]
    [InlineData("英伟达要投多少给OpenAI？", false)]
    [InlineData("How much is Nvidia investing?", false)]
    [InlineData("", false)]
    [InlineData("輝达", false)]
    public void IsTraditional_MoreTraditionalOnlyCharactersThanSimplifiedOnly_IsTraditional(string text, bool expected) =>
        Assert.Equal(expected, ChineseScript.IsTraditional(text));

    [Theory]
    [InlineData("1.8万亿新台币", "1.8萬億新台幣")]
    [InlineData("约700万户", "約700萬戶")]
    [InlineData("三万亿", "三萬億")]
    [InlineData("万俟", "万俟")]
    public void ToTraditional_TenThousandsInANumber_IsWan(string simplified, string traditional) =>
        Assert.Equal(traditional, ChineseScript.ToTraditional(simplified));

    [Theory]
    [InlineData("那如果只部署6吉瓦呢？", true)]
    [InlineData("那如果只部署6吉瓦呢？換成", false)]
    [InlineData("这笔", false)]
    public void IsScriptNeutral_NoCharacterDiffering_IsNeutral(string text, bool expected) =>
        Assert.Equal(expected, ChineseScript.IsScriptNeutral(text));

    [Fact]
    public void Conversions_Null_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ChineseScript.ToSimplified(null!));
        Assert.Throws<ArgumentNullException>(() => ChineseScript.ToTraditional(null!));
        Assert.Throws<ArgumentNullException>(() => ChineseScript.IsTraditional(null!));
    }
}
