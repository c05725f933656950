using System.Text;
using DealBot.Knowledge.Loading;

namespace DealBot.Knowledge.Tests.Loading.Pages;

/// <summary>Pages built to hurt the extractor: deep nesting, no story, nothing but script or furniture.</summary>
public sealed class HostilePageFaultTests
{
    private const string Story = "Nvidia plans to invest up to US$100 billion in OpenAI as at least 10 gigawatts of Nvidia systems are deployed, the companies said.";

    private readonly HtmlLoader _loader = new();

    [Fact]
    public void Load_StoryUnder100000NestedDivs_KeepsTheStory()
    {
        var html = Nested(100_000, "div", $"<p>{Story}</p>");

        var document = _loader.Load("nested.html", html);

        Assert.Equal(Story, document.Body);
    }

    private static string Nested(int depth, string tag, string inner)
    {
        var sb = new StringBuilder("<html><body>");
        sb.Insert(sb.Length, $"<{tag}>", depth);
        sb.Append(inner);
        sb.Insert(sb.Length, $"</{tag}>", depth);
        return sb.Append("</body></html>").ToString();
    }
}
