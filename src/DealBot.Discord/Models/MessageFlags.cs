namespace DealBot.Discord.Models;

/// <summary>Message flags a bot may set when sending.</summary>
[Flags]
public enum MessageFlags
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>Do not unfurl links into embeds.</summary>
    SuppressEmbeds = 1 << 2,

    /// <summary>Only the invoking user sees the message (interaction responses and follow-ups).</summary>
    Ephemeral = 1 << 6,

    /// <summary>Do not send push or desktop notifications.</summary>
    SuppressNotifications = 1 << 12,
}
