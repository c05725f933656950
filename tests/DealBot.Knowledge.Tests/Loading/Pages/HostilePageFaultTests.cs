using System.Text;
using DealBot.Knowledge.Loading;

namespace DealBot.Knowledge.Tests.Loading.Pages;

/// <summary>
/// Pages built to hurt the extractor: nesting a hundred thousand deep (which costs the HTML parser quadratic time
/// unless it is flattened first), pages with no story at all, nothing but a script, nearly all furniture, broken markup.
/// Each asserts what comes out, never how long it took (the benchmark measures that: `-- pages`).
/// </summary>
public sealed class HostilePageFaultTests
{
    private const string Story = "Nvidia plans to invest up to US$100 billion in OpenAI as at least 10 gigawatts of Nvidia systems are deployed, the companies said.";
    private const string Second = "The first gigawatt is planned to come online in the second half of 2026 on the Vera Rubin platform, according to both companies.";

    private readonly HtmlLoader _loader = new();

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("b")]
    [InlineData("section")]
    [InlineData("blockquote")]
    public void Load_StoryUnder100000NestedElements_KeepsTheStory(string tag)
    {
        var html = Nested(100_000, $"<{tag}>", $"<p>{Story}</p>", $"</{tag}>");

        var document = _loader.Load("nested.html", html);

        Assert.Equal(Story, document.Body);
    }

    [Fact]
    public void Load_100000NestedListsAndItems_KeepsTheStory()
    {
        var html = Nested(50_000, "<ul><li>", $"<p>{Story}</p>", "</li></ul>");

        Assert.Equal(Story, _loader.Load("lists.html", html).Body);
    }

    [Fact]
    public void Load_100000DivsNeverClosed_KeepsTheStory()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + $"<p>{Story}</p><p>{Second}</p>";

        Assert.Equal($"{Story}\n\n{Second}", _loader.Load("unclosed.html", html).Body);
    }

    [Fact]
    public void Load_100000StrayEndTags_KeepsTheStory()
    {
        var html = $"<html><body><p>{Story}</p>" + string.Concat(Enumerable.Repeat("</div></span>", 100_000)) + $"<p>{Second}</p></body></html>";

        Assert.Equal($"{Story}\n\n{Second}", _loader.Load("stray.html", html).Body);
    }

    [Fact]
    public void Load_DeepSvgBeforeTheStory_SvgIsDroppedAndTheStoryKept()
    {
        var html = "<html><body><article>" + Nested(100_000, "<g>", "<text>icon label</text>", "</g>").Replace("<html><body>", "<svg>", StringComparison.Ordinal)
            .Replace("</body></html>", "</svg>", StringComparison.Ordinal) + $"<p>{Story}</p></article></body></html>";

        Assert.Equal(Story, _loader.Load("svg.html", html).Body);
    }

    [Fact]
    public void Load_StoryBeyondTheNestingCap_KeepsItsParagraphsApart()
    {
        // Past the cap the tags go but the text stays; paragraphs below the cap still end blocks of their own.
        var html = Nested(1_000, "<div>", $"<p>{Story}</p><p>{Second}</p>", "</div>");

        Assert.Equal($"{Story}\n\n{Second}", _loader.Load("deep.html", html).Body);
    }

    [Theory]
    [InlineData("<html><head><title>Nvidia and OpenAI</title></head></html>")]
    [InlineData("<html><head><title>Nvidia and OpenAI</title></head><body></body></html>")]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("<html><body><script>document.write('<p>Nvidia plans to invest up to US$100 billion in OpenAI, the companies said.</p>');</script></body></html>")]
    [InlineData("<html><body><style>p::after { content: 'Nvidia plans to invest up to US$100 billion in OpenAI, the companies said.'; }</style></body></html>")]
    [InlineData("<html><body><noscript><p>Please enable JavaScript to read Nvidia plans to invest up to US$100 billion in OpenAI.</p></noscript></body></html>")]
    [InlineData("<html><body><nav><a href='/'>Home</a> <a href='/tech'>Tech</a></nav><ul><li><a href='/1'>Nvidia and OpenAI sign a letter of intent worth up to US$100 billion</a></li><li><a href='/2'>Oracle gains about 6% on the news</a></li></ul><footer>© 2025 Example</footer></body></html>")]
    [InlineData("<html><body><!-- <p>Nvidia plans to invest up to US$100 billion in OpenAI, the companies said.</p>")]
    public void Load_PageWithNoStory_FailsSayingSo(string html)
    {
        var ex = Assert.Throws<DocumentLoadException>(() => _loader.Load("empty.html", html));

        Assert.Equal("the page has no readable text: no story paragraphs were found, only scripts, navigation or site furniture", ex.Message);
    }

    [Fact]
    public void Load_PageThatIsNinetyPercentFurniture_KeepsOnlyTheStory()
    {
        var furniture = new StringBuilder();
        furniture.Append("<div class='menu'>").Append(Repeat(60, i => $"<a href='/s{i}'>Section number {i} of the site</a> ")).Append("</div>");
        furniture.Append("<div class='cookie-banner'><p>We and our 412 partners store and access information on your device, such as cookies, to show you personalised ads and content, measure them, and improve our services.</p></div>");
        var trending = "<div class='trending'><h3>Trending</h3><ul>" + Repeat(40, i => $"<li><a href='/t{i}'>A trending story about topic {i}, with a long and descriptive headline for readers</a></li>") + "</ul></div>";
        var comments = "<div class='comments'>" + Repeat(30, i => $"<div class='comment'><p>Reader {i} wrote: I have been following this story for a while, and frankly I think the numbers are hard to believe, but we will see what happens next year.</p></div>") + "</div>";
        var footer = "<div class='site-footer'>" + Repeat(20, i => $"<p>Footer line {i}: terms, privacy, accessibility, careers and contact details for the newsroom.</p>") + "</div>";
        var html = $"<html><body>{furniture}<div class='story'><p>{Story}</p><p>{Second}</p></div>{trending}{comments}{footer}</body></html>";

        var document = _loader.Load("furniture.html", html);

        Assert.True(html.Length > 10 * (Story.Length + Second.Length), "the page is at least 90% furniture");
        Assert.Equal($"{Story}\n\n{Second}", document.Body);
    }

    [Fact]
    public void Load_UnterminatedAttributeQuote_DoesNotThrowOrHang()
    {
        var html = $"<html><body><p>{Story}</p><div class=\"broken>" + string.Concat(Enumerable.Repeat("<div>text ", 10_000)) + "</body></html>";

        var document = _loader.Load("broken.html", html);

        Assert.Contains(Story, document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_JsonLdNestedTooDeep_IsIgnoredAndTheMetaDateUsed()
    {
        var json = new string('[', 20_000) + new string(']', 20_000);
        var html = $"<html><head><meta name='pubdate' content='2025-10-09'><script type='application/ld+json'>{json}</script></head><body><p>{Story}</p></body></html>";

        var document = _loader.Load("json.html", html);

        Assert.Equal(new DateOnly(2025, 10, 9), document.Published);
        Assert.Equal(Story, document.Body);
    }

    [Fact]
    public void Load_PageWithoutAnyDate_IsAcceptedWithTheWarning()
    {
        var document = _loader.Load("undated.html", $"<html><body><article><p>{Story}</p></article></body></html>");

        Assert.Null(document.Published);
        Assert.Contains("no published date found", Assert.Single(document.Warnings), StringComparison.Ordinal);
    }

    private static string Nested(int depth, string open, string inner, string close)
    {
        var sb = new StringBuilder("<html><body>");
        sb.Insert(sb.Length, open, depth);
        sb.Append(inner);
        sb.Insert(sb.Length, close, depth);
        return sb.Append("</body></html>").ToString();
    }

    private static string Repeat(int count, Func<int, string> item) => string.Concat(Enumerable.Range(1, count).Select(item));
}
