namespace DealBot.Discord.Models;

/// <summary>Kinds of initial interaction response.</summary>
public enum InteractionCallbackType
{
    /// <summary>Reply with a message now.</summary>
    ChannelMessageWithSource = 4,

    /// <summary>Show "thinking…" now; edit the original response later (within 15 min).</summary>
    DeferredChannelMessageWithSource = 5,

    /// <summary>Acknowledge a component without changing the message.</summary>
    DeferredUpdateMessage = 6,

    /// <summary>Edit the message a component belongs to.</summary>
    UpdateMessage = 7,

    /// <summary>Open a modal (not valid in answer to a modal submission).</summary>
    Modal = 9,
}
