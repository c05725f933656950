using System.Collections.Frozen;
using AngleSharp.Dom;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// Finds the part of the page that holds the story, in the manner of readability-style extractors: every paragraph
/// of prose (long enough, few links) scores for the element holding it, and less for the two above; the element with
/// the best score, discounted by its share of link text, is the story's container. Its siblings join it when they
/// score close to it or are paragraphs of prose themselves, since many sites split a story around an inserted box.
/// Works with or without &lt;article&gt;/&lt;main&gt;: on a div-only page the class names and the text decide.
/// </summary>
internal static class ContentRootFinder
{
    private const int MinimumProse = 25;
    private const double ContentHintBonus = 25;
    private const double SiblingShare = 0.2;
    private const double SiblingFloor = 10;

    // A paragraph in one of these, beside other blocks, scores for the element itself; a paragraph in anything else, or
    // alone in one of these (a div used as a paragraph), scores for the parent.
    private static readonly FrozenSet<string> Containers = FrozenSet.Create(
        StringComparer.Ordinal,
        "div", "section", "article", "main", "td", "body", "form");

    private static readonly FrozenSet<string> ParagraphTags = FrozenSet.Create(StringComparer.Ordinal, "p", "pre", "blockquote");

    /// <summary>The elements whose blocks make the story, in document order; the body when no paragraph scored.</summary>
    public static IReadOnlyList<ElementStats> Find(PageSurvey survey, IReadOnlyList<TextBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(blocks);
        var scored = Score(survey, blocks);
        IElement? top = null;
        var topScore = 0.0;
        foreach (var element in scored)
        {
            var final = Final(element, survey[element]!);
            if (final > topScore)
            {
                (top, topScore) = (element, final);
            }
        }

        if (top is null)
        {
            return [survey[survey.Root]!];
        }

        return top == survey.Root || top.ParentElement is not { } parent || survey[parent] is null
            ? [survey[top]!]
            : WithSiblings(survey, top, parent, topScore);
    }

    private static List<IElement> Score(PageSurvey survey, IReadOnlyList<TextBlock> blocks)
    {
        var scored = new List<IElement>();
        foreach (var block in blocks)
        {
            if (block.IsHeading || block.Prose < MinimumProse || block.LinkDensity > 0.5)
            {
                continue;
            }

            var score = 1.0 + Pauses(block.Text) + Math.Min(block.Prose / 100, 3);
            score *= block.Tag == "li" ? 0.5 : 1;
            var target = Containers.Contains(block.Tag) && survey[block.Owner]!.HoldsBlocks ? block.Owner : block.Owner.ParentElement;
            for (var level = 1; level <= 3 && target is not null && survey[target] is { } stats; level++)
            {
                if (stats.Score == 0)
                {
                    scored.Add(target);
                }

                stats.Score += score / level;
                target = target == survey.Root ? null : target.ParentElement;
            }
        }

        return scored;
    }

    private static List<ElementStats> WithSiblings(PageSurvey survey, IElement top, IElement parent, double topScore)
    {
        var threshold = Math.Max(SiblingFloor, topScore * SiblingShare);
        var roots = new List<ElementStats>();
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement sibling || survey[sibling] is not { Chrome: false } stats)
            {
                continue;
            }

            // A sibling joins on the prose it holds; a name like "story-head" earns the container bonus, not a sibling's place.
            if (sibling == top || stats.Score * (1 - stats.LinkDensity) >= threshold || IsProseParagraph(sibling, stats))
            {
                roots.Add(stats);
            }
        }

        return roots;
    }

    private static double Final(IElement element, ElementStats stats)
    {
        var bonus = stats.Hints.Content ? ContentHintBonus : 0;
        bonus += string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase) ? ContentHintBonus : 0;
        return stats.Score == 0 ? 0 : (stats.Score + bonus) * (1 - stats.LinkDensity);
    }

    private static bool IsProseParagraph(IElement element, ElementStats stats) =>
        (ParagraphTags.Contains(element.LocalName) || (element.LocalName == "div" && !stats.HoldsBlocks)) && stats.Prose >= 80 && stats.LinkDensity < 0.25;

    /// <summary>Commas and sentence stops: prose has them, menus and teaser lists do not.</summary>
    private static int Pauses(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += c is ',' or '，' or '、' or '；' or ';' or '。' ? 1 : 0;
        }

        return count;
    }
}
