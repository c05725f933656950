namespace DealBot.Discord.Models;

/// <summary>Kinds of interaction.</summary>
public enum InteractionType
{
    /// <summary>A ping (HTTP endpoint only).</summary>
    Ping = 1,

    /// <summary>A slash, user or message command.</summary>
    ApplicationCommand = 2,

    /// <summary>A button or select menu.</summary>
    MessageComponent = 3,

    /// <summary>An autocomplete request.</summary>
    ApplicationCommandAutocomplete = 4,

    /// <summary>A modal was submitted.</summary>
    ModalSubmit = 5,
}
