namespace DealBot.Discord.Models;

/// <summary>Objects that option values refer to.</summary>
public sealed record InteractionResolvedData
{
    /// <summary>Attachments by id, for ATTACHMENT options.</summary>
    public IReadOnlyDictionary<ulong, DiscordAttachment> Attachments { get; init; } = new Dictionary<ulong, DiscordAttachment>();
}
