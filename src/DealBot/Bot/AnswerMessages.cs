using System.Globalization;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Discord;
using DealBot.Discord.Models;

namespace DealBot.Bot;

/// <summary>
/// Renders an answer for Discord: the answer text (split at natural boundaries to stay within 2000 characters), then
/// one embed on the last message with the sources (title, date, trimmed quote), any calculation, and an as-of footer,
/// and under it the 👍/👎 buttons members vote with.
/// </summary>
/// <remarks>
/// The answer text is plain text that quotes articles and may echo the member's words, so all of it is escaped
/// (<see cref="DiscordMarkdown.Escape"/>), as are titles and quotes: nothing in a source or a question can become a
/// link, a ping or formatting. The bot's own formatting (the quote bar, the numbering, the code span of a
/// calculation) is built around the escaped text. Escaping comes before splitting and shortening, so the limits
/// hold for what is sent.
/// </remarks>
internal static class AnswerMessages
{
    private const int MaxSources = 5;
    private const int QuoteLength = 300;

    public static IReadOnlyList<BotMessage> For(Answer answer)
    {
        var parts = DiscordText.Split(DiscordMarkdown.Escape(answer.Text));
        if (parts.Count == 0)
        {
            parts = ["…"];
        }

        var embed = SourcesEmbed(answer);
        var messages = parts.Select(BotMessage.Text).ToList();
        if (embed is not null)
        {
            messages[^1] = messages[^1] with { Embeds = [EmbedFitter.Fit(embed)] };
        }

        // Members vote on the answer as a whole, under its last part.
        messages[^1] = messages[^1] with { Components = [FeedbackButtons.Row] };

        return messages;
    }

    private static Embed? SourcesEmbed(Answer answer)
    {
        if (answer.Citations.Count == 0 && answer.Calculations.Count == 0)
        {
            return null;
        }

        var zh = answer.Language == Languages.Chinese;
        var fields = new List<EmbedField>();
        var n = 1;
        foreach (var citation in answer.Citations.Take(MaxSources))
        {
            var date = citation.Published is { } published ? " · " + published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
            fields.Add(new EmbedField
            {
                Name = $"[{n++}] {DiscordMarkdown.Escape(OneLine(citation.Title))}{date}",
                Value = "> " + DiscordText.Truncate(DiscordMarkdown.Escape(OneLine(citation.Quote)), QuoteLength),
            });
        }

        if (answer.Calculations.Count > 0)
        {
            fields.Add(new EmbedField
            {
                Name = zh ? "计算" : "Calculation",
                Value = string.Join('\n', answer.Calculations.Select(c => $"`{Code(c.Expression)} = {Code(c.Result)}`" + (c.Display is null ? string.Empty : $" → {DiscordMarkdown.Escape(c.Display)}"))),
            });
        }

        return new Embed
        {
            Title = zh ? "来源" : "Sources",
            Color = BotMessage.EmbedColour,
            Fields = fields,
            Footer = new EmbedFooter { Text = Footer(answer, zh) },
        };
    }

    private static string Footer(Answer answer, bool zh)
    {
        var asOf = answer.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (zh, asOf) switch
        {
            (true, null) => "资料来自知识库中的报道；不构成投资建议。",
            (true, _) => $"资料截至 {asOf}；之后的进展可能未包含在内。不构成投资建议。",
            (false, null) => "From the articles in the knowledge base. Not investment advice.",
            (false, _) => $"Sources as of {asOf}; later developments may be missing. Not investment advice.",
        };
    }

    // Nothing can be escaped inside a code span, so a backtick, which would end it, is taken out.
    private static string Code(string text) => text.Replace("`", string.Empty, StringComparison.Ordinal);

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
