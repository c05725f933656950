using AngleSharp.Dom;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>A run of text the page shows as one block: a paragraph, a heading, a list item, a line of a div.</summary>
/// <param name="Text">The text, whitespace collapsed.</param>
/// <param name="Visible">Characters other than whitespace.</param>
/// <param name="LinkChars">Of those, the characters inside links.</param>
/// <param name="Owner">The innermost block element holding it.</param>
internal sealed record TextBlock(string Text, int Visible, int LinkChars, IElement Owner)
{
    public string Tag => Owner.LocalName;

    public bool IsHeading => Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    public double LinkDensity => Visible == 0 ? 0 : (double)LinkChars / Visible;

    public int Prose => Visible - LinkChars;
}
