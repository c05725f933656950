namespace DealBot.Discord.Models;

/// <summary>
/// The body of a message edit (channel messages and interaction responses). <see langword="null"/> fields are
/// left unchanged, except <see cref="AllowedMentions"/>, which defaults to <see cref="AllowedMentions.None"/>
/// because an edit re-parses mentions.
/// </summary>
public sealed record MessageEditRequest
{
    /// <summary>New text (≤2000).</summary>
    public string? Content { get; init; }

    /// <summary>New embeds; an empty list removes them.</summary>
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Who may be pinged; <see langword="null"/> means <see cref="AllowedMentions.None"/>.</summary>
    public AllowedMentions? AllowedMentions { get; init; }

    /// <summary>New flags.</summary>
    public MessageFlags? Flags { get; init; }

    /// <summary>Message components (action rows of buttons); an empty list on an edit removes them.</summary>
    public IReadOnlyList<MessageComponent>? Components { get; init; }
}
