using DealBot.Discord.Models;

namespace DealBot.Bot;

/// <summary>One message the bot sends: text within 2000 characters and the embeds that go with it.</summary>
internal sealed record BotMessage(string Content, IReadOnlyList<Embed> Embeds)
{
    public static BotMessage Text(string content) => new(content, []);
}
