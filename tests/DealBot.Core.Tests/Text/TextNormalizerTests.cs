using DealBot.Core.Text;

namespace DealBot.Core.Tests.Text;

/// <summary>Width, spaces and line breaks normalised the way every stage expects; Chinese numerals and punctuation kept.</summary>
public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("１０００亿美元", "1000亿美元")]
    [InlineData("１０ＧＷ", "10GW")]
    [InlineData("４．４％", "4.4%")]
    [InlineData("＄４５ｂｎ", "$45bn")]
    [InlineData("３千兆瓦", "3千兆瓦")]
    [InlineData("Ｎｖｉｄｉａ", "Nvidia")]
    public void Normalize_FullWidthForms_BecomeAscii(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("一千亿美元")]
    [InlineData("百分之三十")]
    [InlineData("三千兆瓦")]
    [InlineData("两千零二十五年")]
    [InlineData("一亿亿")]
    [InlineData("〇点九三")]
    public void Normalize_ChineseNumerals_AreKept(string text) =>
        Assert.Equal(text, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("多少？什么时候！")]
    [InlineData("英伟达，甲骨文；博通：")]
    [InlineData("（首笔）")]
    public void Normalize_ChineseSentenceMarks_AreKept(string text) =>
        Assert.Equal(text, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("  how   much  ", "how much")]
    [InlineData("英伟达\u3000投资", "英伟达 投资")]
    [InlineData("US$100\u00a0billion", "US$100 billion")]
    [InlineData("10\u202fGW", "10 GW")]
    [InlineData("how\tmuch", "how much")]
    [InlineData("how\u0000much", "how much")]
    [InlineData("\ufeffhow much", "how much")]
    public void Normalize_RunsOfSpaceLikeCharacters_BecomeOneSpace(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("first\r\nsecond", "first\nsecond")]
    [InlineData("first\n\n\n\nsecond", "first\n\nsecond")]
    [InlineData("first  \n  second", "first\nsecond")]
    [InlineData("\n\nfirst\n", "first")]
    public void Normalize_LineBreaks_KeptAsOneOrTwo(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData('０', '0')]
    [InlineData('９', '9')]
    [InlineData('Ａ', 'A')]
    [InlineData('ｚ', 'z')]
    [InlineData('％', '%')]
    [InlineData('．', '.')]
    [InlineData('\u3000', ' ')]
    [InlineData('，', '，')]
    [InlineData('？', '？')]
    [InlineData('！', '！')]
    [InlineData('：', '：')]
    [InlineData('；', '；')]
    [InlineData('（', '（')]
    [InlineData('。', '。')]
    [InlineData('亿', '亿')]
    [InlineData('a', 'a')]
    public void ToHalfWidth_Character_MapsOnlyFullWidthFormsOutsideTheClauseMarks(char c, char expected) =>
        Assert.Equal(expected, TextNormalizer.ToHalfWidth(c));

    [Fact]
    public void Normalize_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => TextNormalizer.Normalize(null!));
}
