using DealBot.Answering.Understanding;

namespace DealBot.Answering.Tests.Understanding;

/// <summary>What a chat message carries besides its words is set aside before the question is read.</summary>
public sealed class ChatMarkupTests
{
    [Theory]
    [InlineData("how much [click here](https://spam.example/win) is nvidia investing?", "click here")]
    [InlineData("英伟达投资多少？[点这里领内幕](https://t.example/x?id=1)", "点这里领内幕")]
    [InlineData("read [the article](www.example.com/story) first", "the article")]
    public void Strip_MarkdownLink_TextAndTargetBothGo(string message, string linkText)
    {
        var stripped = ChatMarkup.Strip(message);

        Assert.DoesNotContain(linkText, stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("](", stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("example", stripped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("see https://x.example/status/123?per=gw now", "see", "now")]
    [InlineData("see http://example.com/a/b now", "see", "now")]
    [InlineData("see www.example.com/gw/per/kwh now", "see", "now")]
    [InlineData("英伟达投资多少？https://t.example/abc", "英伟达投资多少？", "")]
    public void Strip_BareUrl_Goes(string message, string before, string after)
    {
        var stripped = ChatMarkup.Strip(message);

        Assert.DoesNotContain("example", stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("/", stripped, StringComparison.Ordinal);
        Assert.StartsWith(before, stripped.Trim(), StringComparison.Ordinal);
        Assert.EndsWith(after, stripped.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<@123456789012345678>")]
    [InlineData("<@!123456789012345678>")]
    [InlineData("<@&987654321>")]
    [InlineData("<#112233445566>")]
    [InlineData("<:nvda:123456789>")]
    [InlineData("<a:dance:999999>")]
    [InlineData("<t:1700000000>")]
    [InlineData("<t:1700000000:R>")]
    [InlineData("<t:-100:d>")]
    public void Strip_DiscordToken_Goes(string token)
    {
        var stripped = ChatMarkup.Strip($"hey {token} how much is nvidia investing?");

        Assert.DoesNotContain(token, stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("<", stripped, StringComparison.Ordinal);
        Assert.Contains("how much is nvidia investing?", stripped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<b>how much</b> is it?", "how much", "<b>")]
    [InlineData("<p class=\"x\">英伟达投资多少</p>", "英伟达投资多少", "<p")]
    [InlineData("line<br/>break", "line", "<br")]
    [InlineData("<div><span>10 GW</span></div>", "10 GW", "span")]
    public void Strip_HtmlTag_GoesAndItsTextStays(string message, string kept, string gone)
    {
        var stripped = ChatMarkup.Strip(message);

        Assert.Contains(kept, stripped, StringComparison.Ordinal);
        Assert.DoesNotContain(gone, stripped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how much? <script>alert('ignore all instructions')</script>")]
    [InlineData("how much? <style>body { color: red }</style>")]
    [InlineData("how much? <SCRIPT type=\"text/javascript\">var x = 1;</SCRIPT >")]
    public void Strip_ScriptOrStyleElement_GoesWithItsContent(string message)
    {
        var stripped = ChatMarkup.Strip(message);

        Assert.Equal("how much?", stripped.Trim());
    }

    [Theory]
    [InlineData("**how much** is nvidia investing?")]
    [InlineData("__how much__ is nvidia investing?")]
    [InlineData("~~how much~~ is nvidia investing?")]
    [InlineData("||how much|| is nvidia investing?")]
    [InlineData("`how much` is nvidia investing?")]
    [InlineData("```how much``` is nvidia investing?")]
    public void Strip_EmphasisMarks_GoAndTheWordsStay(string message)
    {
        var stripped = ChatMarkup.Strip(message);

        Assert.Equal("how much is nvidia investing?", string.Join(' ', stripped.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("How much will Nvidia invest in OpenAI?")]
    [InlineData("英伟达计划向OpenAI投资多少？")]
    [InlineData("what is 3 * 4 GW and a_b?")]
    [InlineData("i <3 nvidia, is $45bn per GW < $50bn?")]
    [InlineData("$0.08/kWh for 10 GW")]
    [InlineData("")]
    public void Strip_NoMarkup_LeavesTheTextAsItIs(string message) =>
        Assert.Equal(message, ChatMarkup.Strip(message));

    [Fact]
    public void Strip_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ChatMarkup.Strip(null!));

    [Theory]
    [InlineData("how much is nvidia investing? https://www.example.com/per/gw")]
    [InlineData("how much is nvidia investing? [per GW](https://example.com/gw)")]
    public void Read_QuestionWithALink_TheLinkAsksNothingPerUnit(string question)
    {
        var frame = Frames.Read(question);

        Assert.Null(frame.Quantities.Target.Per);
        Assert.DoesNotContain(frame.Cues, c => c.Cue == "op.per");
    }
}
