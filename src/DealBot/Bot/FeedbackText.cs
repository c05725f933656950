using System.Globalization;
using DealBot.Core.Documents;
using DealBot.Discord;
using DealBot.Operations;

namespace DealBot.Bot;

/// <summary>What the bot says about feedback, in the member's language.</summary>
internal static class FeedbackText
{
    private const int Shown = 300;

    public static string ModalTitle(string language) => Zh(language) ? "哪里不对？" : "What was wrong?";

    public static string ReasonLabel(string language) => Zh(language) ? "告诉我们哪里不对（可不填）" : "Tell us what was wrong (optional)";

    public static string ReasonPlaceholder(string language) => Zh(language) ? "例如：数字不对、没回答问题" : "e.g. a wrong number, it did not answer the question";

    public static string Thanks(string language) => Zh(language) ? "谢谢你的反馈！" : "Thanks for the feedback!";

    public static string Dropped(string language) => Zh(language) ? "现在记录不了反馈，请稍后再试。" : "Feedback cannot be recorded right now; please try again later.";

    /// <summary>The latest 👎 for <c>/kb feedback</c>, with the question, the answer and what was wrong.</summary>
    public static string Dislikes(string language, IReadOnlyList<Dislike> dislikes)
    {
        if (dislikes.Count == 0)
        {
            return Zh(language) ? "最近没有 👎。" : "No 👎 recently.";
        }

        var lines = new List<string> { Zh(language) ? $"最近 {dislikes.Count} 个 👎：" : $"The latest {dislikes.Count} 👎:" };
        foreach (var dislike in dislikes)
        {
            var when = dislike.GivenAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            lines.Add($"**{when}** · message {dislike.MessageId.ToString(CultureInfo.InvariantCulture)}");
            lines.Add("> Q: " + Literal(dislike.Question ?? (Zh(language) ? "（审计记录已不在）" : "(audit record no longer kept)")));
            if (dislike.Answer is { } answer)
            {
                lines.Add("> A: " + Literal(answer));
            }

            if (!string.IsNullOrWhiteSpace(dislike.Comment))
            {
                lines.Add("> 👎 " + Literal(dislike.Comment));
            }
        }

        return string.Join('\n', lines);
    }

    private static string Literal(string text) => DiscordText.Truncate(DiscordMarkdown.Escape(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))), Shown);

    private static bool Zh(string language) => language == Languages.Chinese;
}
