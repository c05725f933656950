namespace DealBot.Discord.Models;

/// <summary>The <c>data</c> of an application-command (or component) interaction.</summary>
public sealed record InteractionData
{
    /// <summary>The command id.</summary>
    public ulong Id { get; init; }

    /// <summary>The command name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The command type (1 chat input).</summary>
    public ApplicationCommandType Type { get; init; }

    /// <summary>The options given, nested for sub-commands and groups.</summary>
    public IReadOnlyList<InteractionDataOption> Options { get; init; } = [];

    /// <summary>Objects referenced by option values, such as attachments.</summary>
    public InteractionResolvedData? Resolved { get; init; }

    /// <summary>For components: the developer-defined id.</summary>
    public string? CustomId { get; init; }

    /// <summary>For components: the component type.</summary>
    public int? ComponentType { get; init; }

    /// <summary>For modal submissions: the action rows with the text inputs and their values.</summary>
    public IReadOnlyList<MessageComponent> Components { get; init; } = [];
}
