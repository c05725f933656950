namespace DealBot.Discord.Models;

/// <summary>The body of <c>POST /channels/{id}/messages</c>.</summary>
public sealed record MessageCreateRequest
{
    /// <summary>Text (≤2000).</summary>
    public string? Content { get; init; }

    /// <summary>Embeds (≤10, ≤6000 characters in total).</summary>
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Who may be pinged; <see langword="null"/> means <see cref="AllowedMentions.None"/>.</summary>
    public AllowedMentions? AllowedMentions { get; init; }

    /// <summary>The message to reply to.</summary>
    public MessageReference? MessageReference { get; init; }

    /// <summary>Flags (suppress embeds, silent).</summary>
    public MessageFlags? Flags { get; init; }

    /// <summary>
    /// Idempotency key (≤25 characters). Generated when <see langword="null"/>; reused on every retry of this
    /// send, and enforced, so a retried request never posts twice.
    /// </summary>
    public string? Nonce { get; init; }

    /// <summary>Set by the client together with <see cref="Nonce"/>.</summary>
    public bool? EnforceNonce { get; init; }

    /// <summary>Message components (action rows of buttons); an empty list on an edit removes them.</summary>
    public IReadOnlyList<MessageComponent>? Components { get; init; }
}
