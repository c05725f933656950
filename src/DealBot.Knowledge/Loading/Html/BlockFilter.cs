using System.Text.RegularExpressions;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// Judges the blocks of the story's container one by one: the headline (it is the title), lists of links, bylines,
/// photo captions and credits, time stamps, paywall meters, newsletter and subscription pitches, and author bios are
/// left out; a promo heading ("More on this story", "Trending", "相关阅读", "热门推荐") goes with the teasers after it,
/// up to the next paragraph of prose. What a block says decides, so this works on pages whose markup names nothing.
/// </summary>
internal static partial class BlockFilter
{
    private const double LinkList = 0.5;
    private const int ShortBlock = 200;

    public static List<string> Keep(IEnumerable<TextBlock> blocks, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var kept = new List<TextBlock>();
        var inPromo = false;
        foreach (var block in blocks)
        {
            if (inPromo && IsTeaser(block))
            {
                continue;
            }

            inPromo = false;
            if (block.Visible <= 40 && PromoHeading().IsMatch(block.Text))
            {
                inPromo = true;
                continue;
            }

            if (!IsFurniture(block) && !string.Equals(block.Text, title, StringComparison.OrdinalIgnoreCase))
            {
                kept.Add(block);
            }
            else if (kept.Count > 0 && kept[^1].IsHeading && InSameBox(kept[^1], block) && Pitch().IsMatch(block.Text))
            {
                // "Chips Weekly" over a newsletter pitch: a heading that only introduces the pitch goes with it.
                kept.RemoveAt(kept.Count - 1);
            }
        }

        return kept.ConvertAll(b => b.Text);
    }

    private static bool InSameBox(TextBlock heading, TextBlock block) =>
        heading.Owner.ParentElement is { } box && (block.Owner == box || block.Owner.ParentElement == box);

    private static bool IsFurniture(TextBlock block)
    {
        if (block.Tag == "h1" || block.LinkDensity >= LinkList)
        {
            return true;
        }

        var text = block.Text;
        return text.Length <= ShortBlock
            && (Byline().IsMatch(text) || Caption().IsMatch(text) || PhotoCredit().IsMatch(text) || Stamp().IsMatch(text) || Pitch().IsMatch(text) || Bio().IsMatch(text)
                || Furniture().IsMatch(text));
    }

    /// <summary>A teaser of a promo list: a link, or a short line that is not a sentence, and not a subheading of the story.</summary>
    private static bool IsTeaser(TextBlock block) =>
        block.LinkDensity >= 0.3 || (!block.IsHeading && block.Text.Length < 120 && !SentenceEnd().IsMatch(block.Text));

    [GeneratedRegex(@"^(?:more (?:on|about) this (?:story|topic)|more from [\w ]{1,20}|related(?: stories| articles| coverage| content| reading| news| posts)?|read (?:more|next|this next)|also read|trending(?: now| stories| news)?|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|recommended(?: for you| stories| reading)?|you (?:may|might) also like|top stories|latest news|editor'?s picks|更多(?:报道|新闻|阅读)?|相关(?:阅读|新闻|文章|报道|推荐)|热门(?:推荐|文章|新闻|排行)|热点推荐|推荐阅读|延伸阅读|猜你喜欢|精彩推荐|排行榜|\d{1,2}小时热榜)\s*[:：>»›]?$", RegexOptions.IgnoreCase)]
    private static partial Regex PromoHeading();

    // "By Jane Roe", "By Jane Roe and Li Wei, Reuters", "作者：张三", "记者 张三 李四": a line crediting the writer, not a
    // sentence ("By 2026, Nvidia…" is a sentence: a digit follows, and it ends with a full stop).
    [GeneratedRegex(@"^(?:[Bb]y\s+\p{Lu}[^.!?。]{0,80}|(?:[Ww]ritten|[Rr]eported) by .{1,60}|(?:作者|记者|撰文|编译|文|图)\s*[:：|丨/]\s*\p{L}[^。！？]{0,30}|(?:本报)?记者(?:\s+\p{L}{2,4}){1,4})$")]
    private static partial Regex Byline();

    // Photo captions and credits in words: "Photo: …", "(Photo by …)", "Getty Images", "图片来源：…", "资料图".
    [GeneratedRegex(@"^(?:photo(?:graph)?|image|picture|file photo|pictured|illustration|credit)s?\b\s*[:：(]|\((?:photo|image|picture)s?\b[^)]*\)\s*$|(?:getty images|via reuters|ap photo|afp via getty)\s*\)?$|^(?:图片来源|图片|图源|配图|视频)\s*[:：/|]|^(?:资料图|图为)|摄\s*[)）]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    // An agency's photo credit: "REUTERS/Jane Roe/File Photo".
    [GeneratedRegex(@"\b[A-Z]{3,}/\p{Lu}[\p{L} .'’-]+(?:/File Photo)?$")]
    private static partial Regex PhotoCredit();

    // Time stamps and reading aids: "Published Oct. 9, 2025 3:14 PM ET", "Updated 2 hours ago", "发布时间：2025-10-09",
    // "2025-10-09 14:32 来源", "October 9, 2025 at 8:12 AM", "4 min read".
    [GeneratedRegex(@"^(?:published|updated|posted|last updated|first published|发布时间|发表时间|更新时间|时间)\s*[:：]?\s*(?=[^\n]*\d)[\w ,.:：年月日/-]{0,60}$|^\d+\s*min(?:ute)?s?\s+read$|^listen to (?:this|the) (?:article|story)|^\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\S{1,20})?$|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}(?:,? (?:at )?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    // Paywall meters, subscription and newsletter pitches, sign-in prompts.
    [GeneratedRegex(@"free (?:articles?|stories|reads?) (?:left|remaining)|(?:articles?|stories) (?:left|remaining) this month|^subscribe\b|subscribe (?:now|today|to (?:continue|read|keep)|for (?:unlimited|full|just|only))|already (?:a )?(?:subscriber|member)|(?:log|sign) ?in to (?:continue|keep|read)|unlimited (?:digital )?access|this (?:article|story|content) is (?:for|reserved for|available to) (?:subscribers|members)|^(?:get|sign up for|subscribe to|join) .{0,40}newsletter|newsletter$|sign up (?:for (?:our|the|free)|to (?:get|receive))|enter your email|in your inbox|^(?:立即|马上|点击)?订阅|订阅(?:本报|我们|专栏|邮件|通讯)|付费(?:阅读|会员|内容)|会员专享|开通会员|免费阅读\d*篇", RegexOptions.IgnoreCase)]
    private static partial Regex Pitch();

    // "Jane Roe is a technology correspondent at …": the short note on the writer at the end of a story.
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3} (?:is|was|covers|writes|has been) (?:a |an |the )?[\w ,'’-]{0,60}(?:reporter|correspondent|editor|writer|journalist|columnist|contributor)\b|^(?:作者简介|关于作者)")]
    private static partial Regex Bio();

    [GeneratedRegex(@"^(?:advertisement|sponsored(?: content)?|ad|广告|share(?: this)?(?: article| story)?(?: on \w+)?|comments?(?: \(\d+\))?|\d+ comments?|continue reading|see also)\s*[:：]?$|^(?:watch:|follow (?:us|\w+) on\b|【?\[?责任编辑|审核\s*[:：]|校对\s*[:：]|编辑\s*[:：])|(?:扫码|长按|识别|搜索).{0,10}(?:关注|二维码|公众号)|关注.{0,6}公众号", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"[.!?。！？”""')]$")]
    private static partial Regex SentenceEnd();
}
