namespace DealBot.Knowledge.Tests.Loading.Pages;

/// <summary>
/// Wire stories saved as plain text, with no front matter: the headline, a byline, a dateline without a year, the story
/// and the credit line. The date comes from the dateline, its year from the other date in the story.
/// </summary>
public sealed class WireStoryTextExtractionTests
{
    private static readonly SavedPage English = SavedPage.Load("wire-story.txt");
    private static readonly SavedPage Chinese = SavedPage.Load("wire-story-zh.txt");

    [Theory]
    [InlineData("SAN FRANCISCO, Oct 9 (Global Wire) - Nvidia and OpenAI said on Thursday that the first gigawatt of Nvidia systems under their letter of intent will be installed at a data centre campus in Texas.")]
    [InlineData("The first phase is still planned for the second half of 2026 on Nvidia's Vera Rubin platform, as the companies said when they signed the letter of intent on September 22, 2025.")]
    [InlineData("Nvidia intends to invest up to US$100 billion in OpenAI progressively as each gigawatt is deployed.")]
    public void Passages_EnglishStorySentence_IsKept(string sentence) => English.AssertKept(sentence);

    [Theory]
    [InlineData("By Jane Roe")]
    [InlineData("Reporting by Jane Roe")]
    [InlineData("Editing by Tom Example")]
    public void Passages_EnglishCredits_AreLeftOut(string text) => English.AssertLeftOut(text);

    [Theory]
    [InlineData("华讯网旧金山10月9日电（记者 王明）英伟达与OpenAI当地时间9日表示，首个千兆瓦的英伟达系统将部署在美国得克萨斯州的一处数据中心园区。")]
    [InlineData("两家公司于2025年9月22日签署合作意向书，计划至少部署10千兆瓦的英伟达系统，第一阶段将于2026年下半年在Vera Rubin平台上投入运行。")]
    [InlineData("根据意向书，英伟达计划随着系统部署，逐步向OpenAI投资最高1000亿美元。")]
    public void Passages_ChineseStorySentence_IsKept(string sentence) => Chinese.AssertKept(sentence);

    [Fact]
    public void Passages_ChineseEditorCredit_IsLeftOut() => Chinese.AssertLeftOut("责任编辑");

    [Fact]
    public void Title_IsTheHeadlineLine()
    {
        Assert.Equal("Nvidia and OpenAI pick Texas for first Vera Rubin systems", English.Document.Title);
        Assert.Equal("英伟达与OpenAI首个千兆瓦项目选址得州", Chinese.Document.Title);
    }

    [Fact]
    public void Published_IsTheDatelineDay_InTheYearOfTheStorysOtherDate()
    {
        Assert.Equal(new DateOnly(2025, 10, 9), English.Document.Published);
        Assert.Equal(new DateOnly(2025, 10, 9), Chinese.Document.Published);
        Assert.All(English.Passages.Concat(Chinese.Passages), p => Assert.Equal(new DateOnly(2025, 10, 9), p.Published));
        Assert.Empty(English.Loaded.Warnings);
        Assert.Empty(Chinese.Loaded.Warnings);
    }
}
