namespace DealBot.Discord.Models;

/// <summary>Channel types the transport names; other values pass through as numbers.</summary>
public enum ChannelType
{
    /// <summary>A text channel in a guild.</summary>
    GuildText = 0,

    /// <summary>A direct message.</summary>
    DirectMessage = 1,

    /// <summary>An announcement channel.</summary>
    GuildAnnouncement = 5,

    /// <summary>A thread in an announcement channel.</summary>
    AnnouncementThread = 10,

    /// <summary>A public thread.</summary>
    PublicThread = 11,

    /// <summary>A private thread.</summary>
    PrivateThread = 12,
}
