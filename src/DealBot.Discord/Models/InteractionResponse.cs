namespace DealBot.Discord.Models;

/// <summary>The body of <c>POST /interactions/{id}/{token}/callback</c>.</summary>
public sealed record InteractionResponse
{
    /// <summary>The response kind.</summary>
    public required InteractionCallbackType Type { get; init; }

    /// <summary>The message, or (when deferring) just the flags.</summary>
    public InteractionMessage? Data { get; init; }

    /// <summary>Answers at once with a message.</summary>
    public static InteractionResponse Message(InteractionMessage message)
        => new() { Type = InteractionCallbackType.ChannelMessageWithSource, Data = message };

    /// <summary>Defers ("thinking…"); the only flag a deferral may carry is ephemeral.</summary>
    public static InteractionResponse Defer(bool ephemeral = false) => new()
    {
        Type = InteractionCallbackType.DeferredChannelMessageWithSource,
        Data = ephemeral ? new InteractionMessage { Flags = MessageFlags.Ephemeral } : null,
    };

    /// <summary>Opens a modal titled <paramref name="title"/> with <paramref name="rows"/> (action rows of text inputs).</summary>
    public static InteractionResponse Modal(string customId, string title, IReadOnlyList<MessageComponent> rows) => new()
    {
        Type = InteractionCallbackType.Modal,
        Data = new InteractionMessage { CustomId = customId, Title = title, Components = rows },
    };
}
