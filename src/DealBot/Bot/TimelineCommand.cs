using System.Globalization;
using System.Text;
using DealBot.Answering.Plugins;
using DealBot.Core.Documents;
using DealBot.Discord;
using DealBot.Discord.Models;

namespace DealBot.Bot;

/// <summary>
/// <c>/timeline</c>: the milestones in order, as the sources reported them. Plans are marked as plans: the sources
/// predate today, so the bot says what was planned, not what happened.
/// </summary>
internal sealed class TimelineCommand(TimelinePlugin timeline, InteractionReplies replies)
{
    public async Task HandleAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var language = BotText.Language(null, interaction.Locale);
        var zh = language == Languages.Chinese;
        var entries = await timeline.GetEventsAsync(language, cancellationToken).ConfigureAwait(false);
        var lines = new StringBuilder();
        foreach (var entry in entries)
        {
            var planned = entry.Planned ? (zh ? "（计划）" : " (planned)") : string.Empty;
            // Periods and descriptions come from the facts file: shown literally.
            lines.Append(CultureInfo.InvariantCulture, $"• **{DiscordMarkdown.Escape(entry.Period)}**{planned} — {DiscordMarkdown.Escape(entry.What)}\n");
        }

        var asOf = entries.Count == 0 ? null : entries.Max(e => e.AsOf).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var embed = new Embed
        {
            Title = zh ? "时间线" : "Timeline",
            Description = entries.Count == 0 ? (zh ? "知识库中没有时间线。" : "The knowledge base has no timeline.") : lines.ToString().TrimEnd(),
            Color = BotMessage.EmbedColour,
            Footer = asOf is { } date
                ? new EmbedFooter
                {
                    Text = zh
                        ? $"按截至 {date} 的报道；计划事项可能已有变化。"
                        : $"As reported up to {date}; plans may have changed since.",
                }
                : null,
        };
        await replies.RespondAsync(interaction, new BotMessage(string.Empty, [EmbedFitter.Fit(embed)]), ephemeral: false, cancellationToken).ConfigureAwait(false);
    }
}
