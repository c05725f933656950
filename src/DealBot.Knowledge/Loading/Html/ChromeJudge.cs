using AngleSharp.Dom;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// Decides whether an element named like furniture is furniture. A name alone can mislead: a page wrapper called
/// "layout-with-sidebar" or a story container called "story-body has-comments" holds the story. So an element is
/// left out only when it holds a small part of the page's prose, or a middling part without any sign of being the
/// story's container.
/// </summary>
internal static class ChromeJudge
{
    // A part holding this much of the page's prose is the page, whatever it is called.
    private const double WholePage = 0.8;

    // A story container may share the page with long comments or lists and still hold this much.
    private const double StoryShare = 0.3;

    // Fewer visible characters than a sentence of news: too little to be a story, whatever share of the page it is.
    private const int MinimumStory = 100;

    public static bool IsChrome(IElement element, ElementStats stats, int pageProse)
    {
        if (!stats.Hints.Chrome || element.LocalName is "body" or "html")
        {
            return false;
        }

        // Shares mean nothing on a page with next to no prose: a footer line is then "the whole page".
        var share = stats.Prose < MinimumStory ? 0 : (double)stats.Prose / pageProse;
        return share < WholePage && !(stats.Hints.Content && share >= StoryShare);
    }
}
