using System.Text.RegularExpressions;
using DealBot.Core.Text;

namespace DealBot.Knowledge.Cleaning;

/// <summary>
/// Removes what reposted articles carry besides the story: follow and share prompts, disclaimers, "recommended reading"
/// lists, navigation and credits; then normalises width and whitespace. Works on paragraphs, so a sentence of the story
/// that merely mentions "share" is kept: only a paragraph that is a prompt as a whole goes.
/// </summary>
internal sealed partial class BoilerplateCleaner
{
    public string Clean(string body)
    {
        var normalized = TextNormalizer.Normalize(body);
        var paragraphs = normalized.Split('\n', StringSplitOptions.TrimEntries);
        var kept = new List<string>(paragraphs.Length);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Length == 0)
            {
                kept.Add(string.Empty);
                continue;
            }

            if (IsTrailerStart(paragraph) && kept.Count(p => p.Length > 0) > 0)
            {
                // "推荐阅读" / "Related articles" opens a list of other stories that runs to the end of the page.
                break;
            }

            if (!IsChrome(paragraph))
            {
                kept.Add(paragraph);
            }
        }

        return string.Join('\n', kept).Trim();
    }

    internal static bool IsChrome(string paragraph)
    {
        var p = paragraph.Trim();
        if (p.Length == 0 || !p.Any(char.IsLetterOrDigit))
        {
            return true;
        }

        // A prompt is short; a long paragraph that matches is likely story text quoting such words.
        return p.Length <= 160 && (ChromeZh().IsMatch(p) || ChromeEn().IsMatch(p) || Byline().IsMatch(p));
    }

    private static bool IsTrailerStart(string paragraph) => paragraph.Length <= 40 && TrailerHeading().IsMatch(paragraph);

    [GeneratedRegex(@"加关注|关注我们|(点击|扫码|长按|欢迎)关注|关注.{0,4}(公众号|本号|星标)|点这里|点击.{0,6}(蓝字|在看|阅读原文)|扫码|二维码|长按.{0,6}识别|点.{0,2}[“""]?在看|转发.{0,6}(朋友圈|好友)|点赞|分享给|免责声明|版权声明|版权归|仅代表.{0,6}观点|不代表.{0,20}(观点|立场)|如有侵权|原标题|^来源[:：]|^[【\[]?责任编辑|^编辑[:：]|返回顶部|^上一篇|^下一篇|阅读原文")]
    private static partial Regex ChromeZh();

    [GeneratedRegex(@"^(follow us|subscribe|sign up|share (this|on)|click here|read more|back to top|skip to|all rights reserved|copyright|©|disclaimer|advertisement|(reporting|editing|additional reporting|writing) by\b|related:|see also|more from|you may also like|newsletter|cookie)|\b(all rights reserved|follow us on|share this article|sign up for (our|the) newsletter|do not necessarily (reflect|represent)|for informational purposes only)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeEn();

    // "By Jane Roe", "By Jane Roe and Li Wei, Global Wire": a credit line, not a sentence ("By 2026, …" has a digit and a stop).
    [GeneratedRegex(@"^By\s+\p{Lu}[^.!?。\d]{0,60}$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(推荐阅读|相关阅读|延伸阅读|往期回顾|往期推荐|热门文章|精彩推荐|recommended( reading| for you)?|related (articles|stories|reading)|read next|more stories|you may also like)\s*[:：]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailerHeading();
}
