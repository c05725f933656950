namespace DealBot.Discord.Models;

/// <summary>Message types the transport names; other values pass through as numbers.</summary>
public enum MessageType
{
    /// <summary>A normal message.</summary>
    Default = 0,

    /// <summary>A reply to another message.</summary>
    Reply = 19,

    /// <summary>A message sent in answer to a slash command.</summary>
    ChatInputCommand = 20,
}
