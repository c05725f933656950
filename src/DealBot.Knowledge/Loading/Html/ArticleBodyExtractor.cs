using AngleSharp.Dom;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// The story's paragraphs from a parsed page: survey the body (text and link text per element), write it out as
/// blocks leaving out furniture named as such, find the story's container by where the prose is, and keep the
/// container's blocks that read as story rather than bylines, captions, pitches or promo lists. Each step is one
/// walk of the page, so the whole is linear in its size.
/// </summary>
internal static class ArticleBodyExtractor
{
    /// <param name="document">The parsed page.</param>
    /// <param name="title">The page's title: a block repeating it is the headline, not a paragraph.</param>
    public static IReadOnlyList<string> Paragraphs(IDocument document, string? title)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return [];
        }

        var survey = PageSurvey.Take(root);
        var blocks = TextBlockWriter.Write(survey);
        var containers = ContentRootFinder.Find(survey, blocks);
        return BlockFilter.Keep(Inside(survey, blocks, containers), title);
    }

    /// <summary>The blocks inside the containers; both lists are in document order and the containers do not overlap.</summary>
    private static IEnumerable<TextBlock> Inside(PageSurvey survey, IReadOnlyList<TextBlock> blocks, IReadOnlyList<ElementStats> containers)
    {
        var next = 0;
        foreach (var block in blocks)
        {
            var owner = survey[block.Owner]!;
            while (next < containers.Count && containers[next].LastInside < owner.Order)
            {
                next++;
            }

            if (next == containers.Count)
            {
                yield break;
            }

            if (containers[next].Contains(owner))
            {
                yield return block;
            }
        }
    }
}
