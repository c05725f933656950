using System.Globalization;

namespace DealBot.Knowledge.Tests.Facts;

/// <summary>The repository's own articles: front matter, both languages, and coverage of the facts of the brief.</summary>
public sealed class KnowledgeArticlesTests
{
    private static readonly IReadOnlyList<Article> All = KnowledgeDirectory.Articles();

    [Fact]
    public void Every_article_has_front_matter_with_id_title_language_and_published()
    {
        Assert.NotEmpty(All);
        Assert.All(All, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Field("id")), $"{a.FileName}: id");
            Assert.False(string.IsNullOrWhiteSpace(a.Field("title")), $"{a.FileName}: title");
            Assert.Contains(a.Field("language"), new[] { "en", "zh" });
            Assert.True(DateOnly.TryParseExact(a.Field("published"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{a.FileName}: published");
            Assert.False(string.IsNullOrWhiteSpace(a.Body), $"{a.FileName}: body");
        });
        Assert.Equal(All.Count, All.Select(a => a.Field("id")).Distinct().Count());
    }

    [Fact]
    public void Each_language_has_at_least_four_articles_and_every_english_article_has_a_chinese_counterpart()
    {
        var english = All.Where(a => a.Field("language") == "en").Select(a => a.Field("id")!).ToList();
        var chinese = All.Where(a => a.Field("language") == "zh").Select(a => a.Field("id")!).ToHashSet();

        Assert.True(english.Count >= 4, $"{english.Count} English articles");
        Assert.True(chinese.Count >= 4, $"{chinese.Count} Chinese articles");
        Assert.All(english, id => Assert.Contains(id[..^3] + "-zh", chinese));
    }

    [Theory]
    [InlineData("en", "US$100 billion", "at least 10 gigawatts (GW)", "more than 8 million", "US$10 billion", "US$500 billion", "1 gigawatt (GW)")]
    [InlineData("en", "second half of 2026", "by the end of 2026", "Vera Rubin", "non-voting shares", "definitive agreement", "coming weeks")]
    [InlineData("en", "4.4%", "record high", "about 6%", "0.8%", "Stargate", "SoftBank")]
    [InlineData("en", "more than 700 million", "US$5 billion", "US$6.6 billion", "October 2024", "since 2019", "progressively")]
    [InlineData("en", "circularity", "monopoly", "AMD", "Trump administration", "Biden administration", "Department of Justice (DOJ)")]
    [InlineData("en", "Federal Trade Commission (FTC)", "TSMC", "Google", "Amazon", "superintelligence", "artificial general intelligence")]
    [InlineData("en", "Sam Altman", "Stacy Rasgon", "Bernstein", "Andre Barlow", "Doyle, Barlow & Mazard", "non-binding agreement")]
    [InlineData("zh", "最高1000亿美元", "至少10千兆瓦（吉瓦）", "800多万", "首笔100亿美元", "5000亿美元估值", "1千兆瓦（吉瓦）")]
    [InlineData("zh", "2026年下半年", "2026年底", "Vera Rubin", "无投票权股份", "最终协议", "未来几周")]
    [InlineData("zh", "4.4%", "历史新高", "约6%", "0.8%", "星际之门", "软银")]
    [InlineData("zh", "超过7亿", "50亿美元", "66亿美元", "2024年10月", "2019年", "逐步投入")]
    [InlineData("zh", "循环", "垄断", "AMD", "特朗普政府", "拜登政府", "美国司法部（DOJ）")]
    [InlineData("zh", "联邦贸易委员会（FTC）", "台积电", "谷歌", "亚马逊", "超级智能", "通用人工智能")]
    [InlineData("zh", "萨姆·奥尔特曼", "Stacy Rasgon", "伯恩斯坦", "安德烈·巴洛", "Doyle, Barlow & Mazard", "不具约束力的协议")]
    public void The_articles_of_each_language_state_the_facts_of_the_brief(string language, params string[] phrases)
    {
        var text = string.Join("\n", All.Where(a => a.Field("language") == language).Select(a => a.Body));

        Assert.All(phrases, phrase => Assert.Contains(phrase, text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("87.6")]
    [InlineData("1.96")]
    [InlineData("2%")]
    [InlineData("1.25")]
    [InlineData("US$90 billion")]
    [InlineData("per gigawatt")]
    [InlineData("每千兆瓦")]
    [InlineData("900亿")]
    [InlineData("5 times")]
    [InlineData("20 times")]
    [InlineData("5倍")]
    [InlineData("20倍")]
    public void The_articles_do_not_state_derived_calculations(string derived)
    {
        Assert.All(All, a => Assert.DoesNotContain(derived, a.Body, StringComparison.Ordinal));
    }
}
