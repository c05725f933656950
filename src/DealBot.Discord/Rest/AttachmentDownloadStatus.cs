namespace DealBot.Discord.Rest;

/// <summary>How an attachment download ended.</summary>
public enum AttachmentDownloadStatus
{
    /// <summary>The whole file arrived, within the size limit.</summary>
    Downloaded,

    /// <summary>The file is larger than the limit (declared, or counted while streaming); the rest was not read.</summary>
    TooLarge,

    /// <summary>The address is not on an allowed attachment host (<see cref="DiscordClientOptions.AttachmentHosts"/>); nothing was requested.</summary>
    HostNotAllowed,

    /// <summary>The host answered with a redirect, which is never followed.</summary>
    Redirected,

    /// <summary>The download took longer than <see cref="DiscordClientOptions.AttachmentTimeout"/>.</summary>
    TimedOut,

    /// <summary>The host answered with an error, or the connection failed.</summary>
    Failed,
}
