namespace DealBot.Discord.Models;

/// <summary>Kinds of application command.</summary>
public enum ApplicationCommandType
{
    /// <summary>A slash command.</summary>
    ChatInput = 1,

    /// <summary>A command in a user's context menu.</summary>
    User = 2,

    /// <summary>A command in a message's context menu.</summary>
    Message = 3,
}
