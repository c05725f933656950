namespace DealBot.Knowledge.Loading.Html;

/// <summary>What an element's tag and names say about it.</summary>
/// <param name="Chrome">The element looks like site furniture: navigation, a share bar, a promo, a byline, a caption…</param>
/// <param name="Content">The element looks like the story's container ("article-body", &lt;article&gt;, itemprop=articleBody).</param>
internal readonly record struct ElementHints(bool Chrome, bool Content);
