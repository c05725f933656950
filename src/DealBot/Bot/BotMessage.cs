using DealBot.Discord.Models;

namespace DealBot.Bot;

/// <summary>One message the bot sends: text within 2000 characters, the embeds that go with it, and any buttons.</summary>
internal sealed record BotMessage(string Content, IReadOnlyList<Embed> Embeds)
{
    /// <summary>Action rows of buttons (the 👍/👎 under an answer); empty for everything else.</summary>
    public IReadOnlyList<MessageComponent> Components { get; init; } = [];

    /// <summary>The one colour of every embed the bot sends, so its answers and listings look alike.</summary>
    public const int EmbedColour = 0x76B900;

    public static BotMessage Text(string content) => new(content, []);
}
