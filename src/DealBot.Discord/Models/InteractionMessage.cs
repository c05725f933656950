namespace DealBot.Discord.Models;

/// <summary>A message sent through an interaction: the callback <c>data</c>, or a follow-up.</summary>
public sealed record InteractionMessage
{
    /// <summary>Text (≤2000).</summary>
    public string? Content { get; init; }

    /// <summary>Embeds.</summary>
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Who may be pinged; <see langword="null"/> means <see cref="AllowedMentions.None"/>.</summary>
    public AllowedMentions? AllowedMentions { get; init; }

    /// <summary>Flags; <see cref="MessageFlags.Ephemeral"/> shows the message to the invoking user only.</summary>
    public MessageFlags? Flags { get; init; }
}
