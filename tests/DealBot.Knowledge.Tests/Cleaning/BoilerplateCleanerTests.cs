using DealBot.Core.Text;
using DealBot.Knowledge.Cleaning;
using DealBot.Knowledge.Tests.Support;

namespace DealBot.Knowledge.Tests.Cleaning;

public sealed class BoilerplateCleanerTests
{
    private static readonly string[] SeedBoilerplate =
    [
        "点这里👆加关注,锁定更多原创内容",
        "*免责声明:文章内容系作者个人观点,半导体芯闻转载仅为了传达一种不同的观点,不代表半导体芯闻对该观点赞同或支持,如果有任何异议,欢迎联系我们。",
        "推荐阅读",
        "喜欢我们的内容就点“在看”分享给小伙伴哦~",
    ];

    private readonly BoilerplateCleaner _cleaner = new();

    /// <summary>The real reposted article (Resources/reposted-article-zh.txt): the story, then five lines of site boilerplate.</summary>
    private static string[] SeedLines() => File.ReadAllText(TestPaths.Resource("reposted-article-zh.txt")).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    [Fact]
    public void Clean_RepostedSeedArticle_DropsTheTrailingBoilerplate()
    {
        var cleaned = _cleaner.Clean(string.Join('\n', SeedLines()));

        foreach (var line in SeedBoilerplate)
        {
            Assert.DoesNotContain(TextNormalizer.Normalize(line), cleaned, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("加关注", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("免责声明", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("推荐阅读", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("在看", cleaned, StringComparison.Ordinal);
        Assert.EndsWith("消除了可能减缓人工智能发展的障碍。", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RepostedSeedArticle_KeepsEveryStoryParagraph()
    {
        var lines = SeedLines();
        var storyEnd = Array.FindIndex(lines, l => l.StartsWith("点这里", StringComparison.Ordinal));
        Assert.True(storyEnd > 20, "the seed's boilerplate starts at the line 点这里👆加关注");
        var story = lines[..storyEnd].Where(l => l.Trim().Length > 0).ToList();

        var cleaned = _cleaner.Clean(string.Join('\n', lines));

        var missing = story.Where(l => !cleaned.Contains(TextNormalizer.Normalize(l).Trim(), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "story paragraphs dropped:\n" + string.Join('\n', missing));
        Assert.Equal(story.Count, cleaned.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Clean_StorySentenceMentioningGuanzhu_IsKept()
    {
        // Contains 关注 (as in 加关注) but is story text.
        var cleaned = _cleaner.Clean(string.Join('\n', SeedLines()));

        Assert.Contains("这笔新交易的规模可能会引起反垄断部门的关注。", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_EnglishArticleWithSiteChrome_KeepsOnlyTheStory()
    {
        const string Body = """
            Follow us on X for the latest chip news
            Nvidia plans to invest up to US$100 billion in OpenAI, the companies said.
            Share this article
            Nvidia will buy non-voting shares of OpenAI, and OpenAI will spend the cash on Nvidia chips; analysts said the market would share that view.
            Copyright 2025 Example Media. All rights reserved.
            The first phase is to come online in the second half of 2026.
            Related articles
            AMD shares jump on a new accelerator
            Intel receives US$5 billion from Nvidia
            """;

        var cleaned = _cleaner.Clean(Body);

        Assert.Equal(
            "Nvidia plans to invest up to US$100 billion in OpenAI, the companies said.\n"
            + "Nvidia will buy non-voting shares of OpenAI, and OpenAI will spend the cash on Nvidia chips; analysts said the market would share that view.\n"
            + "The first phase is to come online in the second half of 2026.",
            cleaned);
    }

    [Theory]
    [InlineData("All rights reserved.")]
    [InlineData("© 2025 Example Media")]
    [InlineData("Sign up for our newsletter to get the news first")]
    [InlineData("Reporting by Jane Doe; Editing by John Roe")]
    [InlineData("关注我们的公众号，获取更多资讯")]
    [InlineData("如有侵权，请联系删除")]
    [InlineData("责任编辑：张三")]
    [InlineData("【责任编辑：李华】")]
    [InlineData("By Jane Roe")]
    [InlineData("By Jane Roe and Li Wei, Global Wire")]
    public void Clean_ChromeParagraph_IsDropped(string chrome)
    {
        var cleaned = _cleaner.Clean($"Oracle's share price rose about 6% after the news.\n{chrome}\nBroadcom fell 0.8%.");

        Assert.Equal("Oracle's share price rose about 6% after the news.\nBroadcom fell 0.8%.", cleaned);
    }

    [Theory]
    [InlineData("By 2026, Nvidia plans to have the first gigawatt online")]
    [InlineData("By October the two companies had named a first site.")]
    public void Clean_StorySentenceStartingWithBy_IsKept(string sentence)
    {
        Assert.Equal(sentence, _cleaner.Clean(sentence));
    }

    [Fact]
    public void Clean_LongStoryParagraphQuotingAPrompt_IsKept()
    {
        var story = "The companies asked investors to follow us on the journey, Sam Altman joked, " + new string('x', 10) + " while describing at length how compute infrastructure would become the basis of the economy of the future and why OpenAI needed at least 10 gigawatts.";

        var cleaned = _cleaner.Clean(story);

        Assert.Equal(story, cleaned);
    }

    [Fact]
    public void Clean_FullWidthDigitsAndPercent_AreNormalisedToHalfWidth()
    {
        var cleaned = _cleaner.Clean("英伟达计划投资最高１０００亿美元，股价上涨４．４％。");

        Assert.Equal("英伟达计划投资最高1000亿美元，股价上涨4.4%。", cleaned);
    }

    [Fact]
    public void Clean_IdeographicSpacesAndRunsOfBlanks_AreCollapsed()
    {
        var cleaned = _cleaner.Clean("Nvidia\u3000plans   to invest\u00a0up to US$100 billion.\r\n\r\n\r\n\r\nOracle rose about 6%.");

        Assert.Equal("Nvidia plans to invest up to US$100 billion.\n\nOracle rose about 6%.", cleaned);
    }
}
