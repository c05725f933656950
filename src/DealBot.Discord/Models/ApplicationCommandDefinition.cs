namespace DealBot.Discord.Models;

/// <summary>An application command to register (the body of the bulk-overwrite calls).</summary>
public sealed record ApplicationCommandDefinition
{
    /// <summary>1–32 lowercase characters.</summary>
    public required string Name { get; init; }

    /// <summary>1–100 characters.</summary>
    public required string Description { get; init; }

    /// <summary>The command type; slash commands by default.</summary>
    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;

    /// <summary>Options, required ones first (at most 25).</summary>
    public IReadOnlyList<ApplicationCommandOptionDefinition>? Options { get; init; }

    /// <summary>
    /// Permission bit set as a decimal string: <c>"32"</c> = MANAGE_GUILD, <c>"0"</c> = administrators only,
    /// <see langword="null"/> = everyone.
    /// </summary>
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>Where the command may be used: 0 guild, 1 bot DM, 2 private channel (global commands only).</summary>
    public IReadOnlyList<int>? Contexts { get; init; }

    /// <summary>Localized names, keyed by locale.</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>Localized descriptions, keyed by locale.</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
}
