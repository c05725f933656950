using DealBot.Knowledge.Loading;
using DealBot.Knowledge.Loading.Dates;

namespace DealBot.Knowledge.Tests.Loading.Pages;

/// <summary>Datelines in the forms wire services and Chinese agencies write them, read from text without front matter.</summary>
public sealed class DatelineExtractionTests
{
    private readonly PlainTextLoader _text = new();
    private readonly MarkdownLoader _markdown = new();

    [Theory]
    [InlineData("新华社旧金山2025年10月9日电 英伟达与OpenAI表示，首个千兆瓦系统将部署在得州。", 2025, 10, 9)]
    [InlineData("（记者 李华 王明）2025年10月9日，英伟达与OpenAI表示，首个千兆瓦系统将部署在得州。", 2025, 10, 9)]
    [InlineData("本报讯（记者 李华）2025年10月9日电 英伟达与OpenAI表示，首个千兆瓦系统将部署在得州。", 2025, 10, 9)]
    [InlineData("SAN FRANCISCO, Oct 9, 2025 (Reuters) - Nvidia and OpenAI said the first gigawatt will be built in Texas.", 2025, 10, 9)]
    [InlineData("NEW YORK/TAIPEI, Oct. 9, 2025 (Global Wire) — Nvidia and OpenAI said the first gigawatt will be built in Texas.", 2025, 10, 9)]
    [InlineData("September 23, 2025 — Nvidia's share price rose as much as 4.4% to a record after the announcement.", 2025, 9, 23)]
    [InlineData("SAN FRANCISCO, 23 September 2025 - Nvidia's share price rose as much as 4.4% to a record.", 2025, 9, 23)]
    [InlineData("Oct 9 (Reuters) - Nvidia and OpenAI said on Thursday, after their letter of intent of September 22, 2025, that Texas is first.", 2025, 10, 9)]
    [InlineData("中新网10月9日电 英伟达与OpenAI表示，双方于2025年9月22日签署意向书。", 2025, 10, 9)]
    public void Load_TextWithDateline_PublishedIsTheDatelineDate(string lead, int year, int month, int day)
    {
        var document = _text.Load("story.txt", $"{lead}\n\nSecond paragraph of the story.\n");

        Assert.Equal(new DateOnly(year, month, day), document.Published);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Load_DatelineAfterHeadlineAndByline_IsFound()
    {
        const string Content = "Nvidia and OpenAI pick Texas\n\nBy Jane Roe\n\nSAN FRANCISCO, Oct 9, 2025 (Global Wire) - The first gigawatt will be built in Texas.\n";

        Assert.Equal(new DateOnly(2025, 10, 9), _text.Load("story.txt", Content).Published);
    }

    [Fact]
    public void Load_MarkdownWithoutFrontMatterDate_TakesTheDateline()
    {
        const string Content = "---\nid: texas-site\ntitle: Texas first\n---\n\nSeptember 23, 2025 — **Nvidia** and OpenAI said the first gigawatt will be built in Texas.\n";

        var document = _markdown.Load("texas.md", Content);

        Assert.Equal(new DateOnly(2025, 9, 23), document.Published);
    }

    [Fact]
    public void Load_FrontMatterDate_WinsOverTheDateline()
    {
        const string Content = "---\npublished: 2025-10-10\n---\nOct 9, 2025 (Global Wire) - The first gigawatt will be built in Texas.\n";

        Assert.Equal(new DateOnly(2025, 10, 10), _text.Load("story.txt", Content).Published);
    }

    [Theory]
    [InlineData("The deal announced on September 22, 2025 is worth up to US$100 billion.")]
    [InlineData("In the second half of 2026 the first gigawatt comes online, the companies said.")]
    [InlineData("Nvidia - the chipmaker - said on Oct 9 that the first site is in Texas.")]
    public void Load_DateOnlyInsideTheStory_IsNotADateline(string lead)
    {
        var document = _text.Load("story.txt", $"Headline of the story\n\n{lead}\n");

        Assert.Null(document.Published);
        Assert.Equal([PublishedDateFallback.NoDateWarning], document.Warnings);
    }

    [Fact]
    public void Load_DatelineFarDownTheText_IsNotRead()
    {
        var filler = string.Concat(Enumerable.Repeat("A paragraph of the story about the deal.\n\n", 10));

        var document = _text.Load("story.txt", $"{filler}SAN FRANCISCO, Oct 9, 2025 (Global Wire) - A late line.\n");

        Assert.Null(document.Published);
    }

    [Fact]
    public void Load_YearlessDatelineAndNoOtherDate_NoDateAndAWarningNamingTheDateline()
    {
        var document = _text.Load("story.txt", "Oct 9 (Global Wire) - Nvidia and OpenAI said the first gigawatt will be built in Texas.\n");

        Assert.Null(document.Published);
        var warning = Assert.Single(document.Warnings);
        Assert.Contains("Oct 9 (Global Wire) -", warning, StringComparison.Ordinal);
        Assert.Contains("no year", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YearlessChineseDatelineAndNoOtherDate_NoDate()
    {
        var document = _text.Load("story.txt", "华讯网10月9日电 英伟达与OpenAI表示，首个千兆瓦系统将部署在得州。\n");

        Assert.Null(document.Published);
        Assert.Single(document.Warnings);
    }

    [Fact]
    public void Load_ImpossibleDatelineDay_IsNoDate()
    {
        var document = _text.Load("story.txt", "Feb 30, 2025 (Global Wire) - A story that cannot have been filed on that day.\n");

        Assert.Null(document.Published);
    }
}
