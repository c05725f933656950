using DealBot.Discord.Models;

namespace DealBot.Bot;

/// <summary>One message the bot sends: text within 2000 characters and the embeds that go with it.</summary>
internal sealed record BotMessage(string Content, IReadOnlyList<Embed> Embeds)
{
    /// <summary>The one colour of every embed the bot sends, so its answers and listings look alike.</summary>
    public const int EmbedColour = 0x76B900;

    public static BotMessage Text(string content) => new(content, []);
}
