namespace DealBot.Discord.Testing.Load;

/// <summary>The ways a member asks the bot something.</summary>
public enum AskedVia
{
    /// <summary>A message in a guild channel that mentions the bot.</summary>
    Mention,

    /// <summary>A reply to one of the bot's earlier answers (carries the conversation along).</summary>
    Reply,

    /// <summary>A direct message to the bot.</summary>
    Direct,

    /// <summary>The <c>/ask</c> slash command (an interaction: acknowledged within 3 s, then answered).</summary>
    Slash,
}
