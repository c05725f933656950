using DealBot.Knowledge.Loading;

namespace DealBot.Knowledge.Tests.Loading;

public sealed class HtmlLoaderTests
{
    private const string Paragraph1 = "Nvidia plans to invest up to US$100 billion in OpenAI as at least 10 gigawatts of Nvidia systems are deployed for OpenAI's next generation of AI infrastructure, the companies said on Monday.";
    private const string Paragraph2 = "The first phase is planned to come online in the second half of 2026 on Nvidia's Vera Rubin platform, and Nvidia will make a first investment of US$10 billion once a definitive agreement is signed.";
    private const string Paragraph3 = "Nvidia's share price rose as much as 4.4% to a record high after the news, while Broadcom slipped 0.8% and Oracle gained about 6% in the same session.";

    private static string Page(string head, string lang = "en") => $$"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
          <meta charset="utf-8">
          {{head}}
          <title>Site name | Tech news</title>
          <script>var tracking = "Follow us on X";</script>
        </head>
        <body>
          <header class="site-header"><a href="/">TechWire</a><p>Subscribe to our newsletter for daily updates</p></header>
          <nav><ul><li><a href="/ai">AI</a></li><li><a href="/chips">Chips news menu</a></li></ul></nav>
          <main>
            <article>
              <h1>Nvidia to invest up to $100 billion in OpenAI</h1>
              <div class="share-buttons"><p>Share this article on Facebook</p></div>
              <p>{{Paragraph1}}</p>
              <p>{{Paragraph2}}</p>
              <p>{{Paragraph3}}</p>
              <div class="related-articles"><h3>Related articles</h3><ul><li>AMD unveils a new accelerator roadmap for data centres</li><li>Intel gets a US$5 billion boost</li></ul></div>
            </article>
          </main>
          <aside class="sidebar"><p>Most read: Apple launches a new phone in record colours</p></aside>
          <footer><p>© 2025 TechWire. All rights reserved.</p><p>Cookie settings and privacy policy</p></footer>
        </body>
        </html>
        """;

    private readonly HtmlLoader _loader = new();

    [Fact]
    public void Load_PageWithSiteChrome_KeepsOnlyTheArticleParagraphs()
    {
        var document = _loader.Load("page.html", Page("""<meta property="og:title" content="Nvidia and OpenAI sign a letter of intent">"""));

        Assert.Contains(Paragraph1, document.Body, StringComparison.Ordinal);
        Assert.Contains(Paragraph2, document.Body, StringComparison.Ordinal);
        Assert.Contains(Paragraph3, document.Body, StringComparison.Ordinal);
        foreach (var chrome in new[] { "TechWire", "newsletter", "Chips news menu", "Share this article", "Related articles", "AMD unveils", "Most read", "All rights reserved", "Cookie", "tracking" })
        {
            Assert.DoesNotContain(chrome, document.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_ParagraphsComeOutSeparatedByBlankLines()
    {
        var body = _loader.Load("page.html", Page(string.Empty)).Body;

        var p1 = body.IndexOf(Paragraph1, StringComparison.Ordinal);
        var p2 = body.IndexOf(Paragraph2, StringComparison.Ordinal);
        Assert.True(p1 >= 0 && p2 > p1, body);
        Assert.Equal("\n\n", body[(p1 + Paragraph1.Length)..p2]);
    }

    [Fact]
    public void Load_OgTitle_IsTheTitle()
    {
        var document = _loader.Load("page.html", Page("""<meta property="og:title" content="Nvidia and OpenAI sign a letter of intent">"""));

        Assert.Equal("Nvidia and OpenAI sign a letter of intent", document.Title);
    }

    [Fact]
    public void Load_NoOgTitle_TheH1IsTheTitle()
    {
        var document = _loader.Load("page.html", Page(string.Empty));

        Assert.Equal("Nvidia to invest up to $100 billion in OpenAI", document.Title);
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2025-09-22T18:30:00Z">""")]
    [InlineData("""<meta name="date" content="2025-09-22">""")]
    public void Load_DateMeta_IsThePublishedDate(string meta)
    {
        var document = _loader.Load("page.html", Page(meta));

        Assert.Equal(new DateOnly(2025, 9, 22), document.Published);
    }

    [Fact]
    public void Load_UnreadableDateMeta_IsIgnored()
    {
        var document = _loader.Load("page.html", Page("""<meta name="date" content="last Monday">"""));

        Assert.Null(document.Published);
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("zh-CN", "zh-CN")]
    public void Load_HtmlLangAttribute_IsTheLanguage(string lang, string expected)
    {
        var document = _loader.Load("page.html", Page(string.Empty, lang));

        Assert.Equal(expected, document.Language);
    }

    [Fact]
    public void Load_ShortPageWithoutArticleElement_StripsChromeByClassHints()
    {
        // Too short for Readability: the chrome-stripping path must still drop share/related/footer blocks.
        const string Html = """
            <html><head><meta name="pubdate" content="2025-09-23"></head><body>
            <div class="menu">Home Markets Tech</div>
            <div id="content"><p>Oracle rose about 6% after the news.</p><p>Broadcom fell 0.8%.</p></div>
            <div class="social-share">Share on LinkedIn</div>
            <div class="recommend-list"><p>You may also like: ten other stories</p></div>
            <footer>All rights reserved</footer>
            </body></html>
            """;

        var document = _loader.Load("short.html", Html);

        Assert.Equal("Oracle rose about 6% after the news.\n\nBroadcom fell 0.8%.", document.Body);
        Assert.Equal(new DateOnly(2025, 9, 23), document.Published);
        Assert.Null(document.Language);
    }

    [Fact]
    public void Load_PageWithoutText_Throws()
    {
        var ex = Assert.Throws<DocumentLoadException>(() => _loader.Load("empty.html", "<html><body><nav>Home</nav><script>x()</script></body></html>"));

        Assert.Contains("no readable text", ex.Message, StringComparison.Ordinal);
    }
}
