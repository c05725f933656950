namespace DealBot.Discord.Models;

/// <summary>
/// A message sent through an interaction: the callback <c>data</c>, or a follow-up. A modal callback's <c>data</c> uses
/// <see cref="CustomId"/>, <see cref="Title"/> and <see cref="Components"/> only.
/// </summary>
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

    /// <summary>Message components (action rows of buttons); an empty list on an edit removes them.</summary>
    public IReadOnlyList<MessageComponent>? Components { get; init; }

    /// <summary>A modal's id, carried back by its submission (modal callbacks only).</summary>
    public string? CustomId { get; init; }

    /// <summary>A modal's title (modal callbacks only, ≤45 characters).</summary>
    public string? Title { get; init; }
}
