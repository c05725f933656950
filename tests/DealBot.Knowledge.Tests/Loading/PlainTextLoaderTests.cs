using DealBot.Knowledge.Loading;

namespace DealBot.Knowledge.Tests.Loading;

public sealed class PlainTextLoaderTests
{
    private readonly PlainTextLoader _loader = new();

    [Fact]
    public void Load_ShortFirstLine_IsTheTitleAndTheBodyIsKept()
    {
        const string Content = "Nvidia shares hit a record\n\nNvidia's share price rose as much as 4.4% during trading.\n";

        var document = _loader.Load("nvda.txt", Content);

        Assert.Equal("Nvidia shares hit a record", document.Title);
        Assert.Contains("Nvidia's share price rose as much as 4.4% during trading.", document.Body, StringComparison.Ordinal);
        Assert.Null(document.Id);
        Assert.Null(document.Published);
    }

    [Fact]
    public void Load_LeadParagraphFirst_HasNoTitle()
    {
        // A reposted news text starts with its lead sentence, which is not a headline.
        var document = _loader.Load("repost.txt", "英伟达计划向OpenAI投资最高1000亿美元。\n第二段。\n");

        Assert.Null(document.Title);
        Assert.StartsWith("英伟达计划向OpenAI投资最高1000亿美元。", document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FrontMatter_IsHonoured()
    {
        var document = _loader.Load("a.txt", "---\nid: oracle-zh\ntitle: 甲骨文\nlanguage: zh\npublished: 2025/9/23\n---\n甲骨文股价上涨约6%。\n");

        Assert.Equal("oracle-zh", document.Id);
        Assert.Equal("甲骨文", document.Title);
        Assert.Equal("zh", document.Language);
        Assert.Equal(new DateOnly(2025, 9, 23), document.Published);
        Assert.Equal("甲骨文股价上涨约6%。", document.Body.Trim());
    }

    [Fact]
    public void Load_InvalidDateInFrontMatter_Throws()
    {
        var ex = Assert.Throws<DocumentLoadException>(() => _loader.Load("a.txt", "---\npublished: soon\n---\nText of the article.\n"));

        Assert.Contains("'published' is not a date: 'soon'", ex.Message, StringComparison.Ordinal);
    }
}
