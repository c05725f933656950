using System.Text.RegularExpressions;
using DealBot.Bot;
using DealBot.Core.Documents;

namespace DealBot.Benchmarks;

/// <summary>
/// The bot's lines that mean a question was not answered — busy, failed, store unavailable, asking too fast — in both
/// languages, taken from the bot's own texts (the wait in "too fast" compared with its digits blanked out).
/// </summary>
internal static partial class BotNotices
{
    private static readonly HashSet<string> Texts = new(
        new[] { Languages.English, Languages.Chinese }.SelectMany(language => new[]
        {
            BotText.Busy(language),
            BotText.Failed(language),
            BotText.Unavailable(language),
            BotText.SlowDown(language, TimeSpan.FromSeconds(1)),
        }).Select(Blank),
        StringComparer.Ordinal);

    public static bool IsNotice(string content) => Texts.Contains(Blank(content.Trim()));

    private static string Blank(string text) => Digits().Replace(text, "#");

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
