using System.Globalization;
using System.Text;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Discord;
using DealBot.Discord.Models;

namespace DealBot.Bot;

/// <summary><c>/sources</c>: the articles of the knowledge base, newest first, with their dates and languages.</summary>
internal sealed class SourcesCommand(IKnowledgeCatalog catalog, InteractionReplies replies)
{
    public async Task HandleAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var language = BotText.Language(null, interaction.Locale);
        var zh = language == Languages.Chinese;
        var sources = await catalog.GetSourcesAsync(cancellationToken).ConfigureAwait(false);
        var list = new StringBuilder();
        foreach (var source in sources.OrderByDescending(s => s.Published).ThenBy(s => s.Title, StringComparer.Ordinal))
        {
            var date = source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? (zh ? "无日期" : "undated");
            // Titles come from the articles' front matter, written by whoever wrote the file: shown literally.
            list.Append(CultureInfo.InvariantCulture, $"• **{DiscordMarkdown.Escape(source.Title)}** — {date} · {LanguageName(source.Language, zh)}\n");
        }

        var embed = new Embed
        {
            Title = zh ? $"知识库中的文章（{sources.Count}）" : $"Articles in the knowledge base ({sources.Count})",
            Description = sources.Count == 0 ? (zh ? "知识库是空的。" : "The knowledge base is empty.") : list.ToString().TrimEnd(),
            Color = BotMessage.EmbedColour,
        };
        await replies.RespondAsync(interaction, new BotMessage(string.Empty, [EmbedFitter.Fit(embed)]), ephemeral: false, cancellationToken).ConfigureAwait(false);
    }

    private static string LanguageName(string language, bool zh) => (language, zh) switch
    {
        (Languages.Chinese, true) => "中文",
        (Languages.Chinese, false) => "Chinese",
        (_, true) => "英文",
        _ => "English",
    };
}
