using System.Text.RegularExpressions;
using DealBot.Knowledge.Loading.Html;

namespace DealBot.Knowledge.Tests.Loading.Pages;

/// <summary>The pass that flattens nesting past the cap before a page is parsed.</summary>
public sealed partial class NestingLimiterFaultTests
{
    [Fact]
    public void Limit_PageWithinTheCap_IsReturnedUnchanged()
    {
        var html = File.ReadAllText(Support.TestPaths.Resource(Path.Combine("pages", "wordpress-post.html")));

        Assert.Same(html, HtmlNestingLimiter.Limit(html));
    }

    [Fact]
    public void Limit_NestingPastTheCap_KeepsCapManyElementsAndAllTheText()
    {
        var html = string.Concat(Enumerable.Repeat("<div class='x'>", 300)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 300));

        var limited = HtmlNestingLimiter.Limit(html, maxDepth: 256);

        Assert.Equal(256, DivStart().Count(limited));
        Assert.Equal(256, DivEnd().Count(limited));
        Assert.Contains("deep text", limited, StringComparison.Ordinal);
    }

    [Fact]
    public void Limit_TagsInsideScriptsStylesAndComments_AreNotCounted()
    {
        var fake = string.Concat(Enumerable.Repeat("<div>", 500));
        var html = $"<script>var s = \"{fake}\";</script><style>/* {fake} */</style><!-- {fake} --><textarea>{fake}</textarea><div>text</div>";

        Assert.Same(html, HtmlNestingLimiter.Limit(html, maxDepth: 10));
    }

    [Fact]
    public void Limit_QuotedAngleBracketInAnAttribute_DoesNotEndTheTag()
    {
        const string Tag = "<div title=\"a > b\">";
        var html = string.Concat(Enumerable.Repeat(Tag, 20)) + "text";

        var limited = HtmlNestingLimiter.Limit(html, maxDepth: 5);

        // Five kept whole; the fifteen past the cap become one line break, with no half tag left behind as text.
        Assert.Equal(string.Concat(Enumerable.Repeat(Tag, 5)) + "<br>text", limited);
    }

    [Fact]
    public void Limit_ParagraphsNeverClosed_DoNotCountAsNesting()
    {
        // The parser closes an open <p> at the next one; counting them as nested would flatten a sloppy but shallow page.
        var html = "<div>" + string.Concat(Enumerable.Repeat("<p>a paragraph", 1_000)) + "</div>";

        Assert.Same(html, HtmlNestingLimiter.Limit(html, maxDepth: 10));
    }

    [Fact]
    public void Limit_SvgAndMath_AreDroppedWhole()
    {
        var limited = HtmlNestingLimiter.Limit("<p>before</p><svg><g><text>label</text></g></svg><math><mi>x</mi></math><p>after</p>");

        Assert.Equal("<p>before</p><p>after</p>", limited);
    }

    [GeneratedRegex("<div")]
    private static partial Regex DivStart();

    [GeneratedRegex("</div>")]
    private static partial Regex DivEnd();
}
