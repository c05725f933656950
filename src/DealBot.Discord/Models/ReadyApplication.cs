namespace DealBot.Discord.Models;

/// <summary>The partial application object in READY.</summary>
public sealed record ReadyApplication
{
    /// <summary>The application id (needed for commands and interaction follow-ups).</summary>
    public ulong Id { get; init; }

    /// <summary>Application flags.</summary>
    public long Flags { get; init; }
}
