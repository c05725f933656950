using DealBot.Knowledge.Loading;

namespace DealBot.Knowledge.Tests.Loading.Pages;

/// <summary>Title and published date from the many places pages put them, in order of trust.</summary>
public sealed class PageMetadataExtractionTests
{
    private const string Story = "<p>Nvidia plans to invest up to US$100 billion in OpenAI as at least 10 gigawatts of Nvidia systems are deployed, the companies said.</p>";

    private readonly HtmlLoader _loader = new();

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2025-10-09T07:30:00+08:00">""")]
    [InlineData("""<meta property="og:article:published_time" content="2025-10-09">""")]
    [InlineData("""<meta property="og:published_time" content="2025-10-09T23:59:00-07:00">""")]
    [InlineData("""<meta itemprop="datePublished" content="2025-10-09">""")]
    [InlineData("""<meta name="pubdate" content="20251009">""")]
    [InlineData("""<meta name="publishdate" content="2025-10-09 14:32:00">""")]
    [InlineData("""<meta name="DC.date.issued" content="2025/10/09">""")]
    [InlineData("""<meta name="date" content="Thu, 09 Oct 2025 13:05:00 GMT">""")]
    [InlineData("""<meta name="sailthru.date" content="October 9, 2025">""")]
    [InlineData("""<meta property="article:published_time" content="2025-10-09"><meta name="date" content="2025-01-01">""")]
    public void Load_DateMetaTag_IsThePublishedDay(string head) => Assert.Equal(new DateOnly(2025, 10, 9), Published(head, Story));

    [Theory]
    [InlineData("""{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-10-09T06:00:00-04:00"}""")]
    [InlineData("""[{"@type":"WebSite","name":"X"},{"@type":"Article","datePublished":"2025-10-09"}]""")]
    [InlineData("""{"@type":"WebPage","datePublished":"2025-01-01","mainEntity":{"@type":"ReportageNews","datePublished":"2025-10-09"}}""")]
    [InlineData("""{"@graph":[{"@type":"WebPage","datePublished":"2025-01-01"},{"@type":["BlogPosting"],"datePublished":"2025-10-09"}]}""")]
    [InlineData("""{"@type":"http://schema.org/NewsArticle","datePublished":"2025-10-09",}""")]
    [InlineData("""/*<![CDATA[*/{"@type":"schema:Article","datePublished":"2025-10-09"}/*]]>*/""")]
    [InlineData("""{"@type":"WebPage","datePublished":"2025-10-09"}""")]
    public void Load_JsonLdDatePublished_IsThePublishedDay(string json) =>
        Assert.Equal(new DateOnly(2025, 10, 9), Published($"<script type=\"application/ld+json\">{json}</script>", Story));

    [Theory]
    [InlineData("""<article><header><time datetime="2025-10-09T10:00:00Z">Oct 9</time></header>{0}</article>""")]
    [InlineData("""<article><time class="updated" datetime="2025-10-11">Oct 11</time><time class="published" datetime="2025-10-09">Oct 9</time>{0}</article>""")]
    [InlineData("""<div class="comments"><time datetime="2025-12-01">Dec 1</time></div><article><time datetime="2025-10-09">Oct 9</time>{0}</article>""")]
    [InlineData("""<article><time itemprop="datePublished">9 October 2025</time>{0}</article>""")]
    [InlineData("""<div class="info"><span class="update-time">2025-10-11</span><span class="pub_date">2025-10-09 14:32</span></div><div class="content">{0}</div>""")]
    [InlineData("""<div class="content"><p>SAN FRANCISCO, Oct 9, 2025 (Global Wire) - Nvidia and OpenAI said on Thursday that the first site is in Texas.</p>{0}</div>""")]
    public void Load_DateInThePage_IsThePublishedDay(string body)
    {
        var published = Published("<meta name=\"robots\" content=\"index\">", string.Format(System.Globalization.CultureInfo.InvariantCulture, body, Story));

        Assert.Equal(new DateOnly(2025, 10, 9), published);
    }

    [Fact]
    public void Load_YearlessDateline_TakesTheYearOfTheModifiedDate()
    {
        var page = Page("""<meta property="article:modified_time" content="2025-10-10T08:00:00Z">""", "<p>Oct 9 (Global Wire) - Nvidia and OpenAI said on Thursday that the first gigawatt will be built in Texas.</p>");

        Assert.Equal(new DateOnly(2025, 10, 9), _loader.Load("page.html", page).Published);
    }

    [Theory]
    [InlineData("""<meta property="og:title" content="Nvidia and OpenAI pick Texas | Global Wire"><meta property="og:site_name" content="Global Wire">""", "Nvidia and OpenAI pick Texas")]
    [InlineData("""<meta property="og:title" content="Nvidia - OpenAI: what we know">""", "Nvidia - OpenAI: what we know")]
    [InlineData("""<title>Nvidia-OpenAI deal: what the first phase needs - Power | Compute Review</title>""", "Nvidia-OpenAI deal: what the first phase needs")]
    [InlineData("""<title>英伟达与OpenAI签署合作意向书_科技频道_华讯网</title>""", "英伟达与OpenAI签署合作意向书")]
    [InlineData("""<title>英伟达与OpenAI签署合作意向书｜华讯网</title>""", "英伟达与OpenAI签署合作意向书")]
    [InlineData("<title>  Nvidia and OpenAI\n   sign a letter of intent  </title>", "Nvidia and OpenAI sign a letter of intent")]
    [InlineData("""<title>Home | Site</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Nvidia and OpenAI pick Texas"}</script>""", "Nvidia and OpenAI pick Texas")]
    public void Load_TitleFromTheHead(string head, string expected) => Assert.Equal(expected, _loader.Load("page.html", Page(head, Story)).Title);

    [Fact]
    public void Load_TitleFromTheArticleHeading_NotTheSitesHeading()
    {
        var page = Page("<title>Global Wire</title>", $"<h1>Global Wire</h1><article><h1>Nvidia and OpenAI pick Texas</h1>{Story}</article>");

        var document = _loader.Load("page.html", page);

        Assert.Equal("Nvidia and OpenAI pick Texas", document.Title);
        Assert.DoesNotContain("pick Texas", document.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<html lang="zh-CN">""", "zh-CN")]
    [InlineData("""<html><head><meta property="og:locale" content="zh_CN"></head>""", "zh_CN")]
    [InlineData("<html>", null)]
    public void Load_Language_FromTheHtmlTagOrTheLocale(string opening, string? expected)
    {
        Assert.Equal(expected, _loader.Load("page.html", $"{opening}<body>{Story}</body></html>").Language);
    }

    private DateOnly? Published(string head, string body) => _loader.Load("page.html", Page(head, body)).Published;

    private static string Page(string head, string body) => $"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>";
}
