using System.Text.RegularExpressions;

namespace DealBot.Answering.Understanding;

/// <summary>
/// What a chat message carries besides its words: links, HTML or Markdown markup, scripts, Discord mentions and custom
/// emoji. None of it is part of the question: a slash in a URL reads as "per", and a Markdown link's text ("[点这里领
/// 内幕](…)") is a call to click, pasted or spammed, not what the member asks.
/// </summary>
public static partial class ChatMarkup
{
    public static string Strip(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = ScriptElement().Replace(message, " ");
        text = MarkdownLink().Replace(text, " ");
        text = Url().Replace(text, " ");
        text = DiscordToken().Replace(text, " ");
        text = HtmlTag().Replace(text, " ");
        text = Emphasis().Replace(text, " ");
        return text;
    }

    [GeneratedRegex(@"<(script|style)\b[^>]{0,200}>.{0,2000}?</\1\s*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptElement();

    [GeneratedRegex(@"\[[^\]\r\n]{0,200}\]\((?:https?://|www\.)[^)\s]{0,500}\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(?:https?://|www\.)\S{1,500}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    // <@123>, <@!123>, <@&123>, <#123>, <:name:123>, <a:name:123>, <t:1700000000:R>
    [GeneratedRegex(@"<(?:@[!&]?\d{1,20}|#\d{1,20}|a?:\w{1,32}:\d{1,20}|t:-?\d{1,13}(?::[tTdDfFR])?)>", RegexOptions.CultureInvariant)]
    private static partial Regex DiscordToken();

    [GeneratedRegex(@"</?[a-z][a-z0-9]{0,10}(?:\s[^<>]{0,200})?/?>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    // Markdown emphasis and spoiler marks; a lone "*" or "_" may be a wildcard or a name and stays.
    [GeneratedRegex(@"\*\*|__|~~|\|\||`{1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();
}
