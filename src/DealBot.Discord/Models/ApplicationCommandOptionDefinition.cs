namespace DealBot.Discord.Models;

/// <summary>An option of an application command to register.</summary>
public sealed record ApplicationCommandOptionDefinition
{
    /// <summary>The option type.</summary>
    public required ApplicationCommandOptionType Type { get; init; }

    /// <summary>1–32 lowercase characters.</summary>
    public required string Name { get; init; }

    /// <summary>1–100 characters.</summary>
    public required string Description { get; init; }

    /// <summary>Whether the option must be given (not for sub-commands).</summary>
    public bool? Required { get; init; }

    /// <summary>For STRING options: the minimum length (0–6000).</summary>
    public int? MinLength { get; init; }

    /// <summary>For STRING options: the maximum length (1–6000).</summary>
    public int? MaxLength { get; init; }

    /// <summary>Nested options, for sub-commands and groups.</summary>
    public IReadOnlyList<ApplicationCommandOptionDefinition>? Options { get; init; }

    /// <summary>Localized names, keyed by locale.</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>Localized descriptions, keyed by locale.</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
}
