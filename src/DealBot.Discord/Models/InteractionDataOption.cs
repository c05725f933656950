using System.Globalization;
using System.Text.Json;

namespace DealBot.Discord.Models;

/// <summary>One option of an invoked command; sub-commands and groups carry nested options.</summary>
public sealed record InteractionDataOption
{
    /// <summary>The option name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The option type.</summary>
    public ApplicationCommandOptionType Type { get; init; }

    /// <summary>The raw value: a string, number or boolean (attachments give the attachment id as a string).</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Nested options of a sub-command or group.</summary>
    public IReadOnlyList<InteractionDataOption> Options { get; init; } = [];

    /// <summary>Whether the user is typing this option (autocomplete).</summary>
    public bool? Focused { get; init; }

    /// <summary>The value as text (numbers and booleans in invariant form), or <see langword="null"/>.</summary>
    public string? GetString() => Value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => bool.TrueString,
        { ValueKind: JsonValueKind.False } => bool.FalseString,
        _ => null,
    };

    /// <summary>The value as a boolean, or <see langword="null"/> if it is not one.</summary>
    public bool? GetBoolean() => Value?.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>The value as a snowflake (attachment, user, channel or role options), or <see langword="null"/>.</summary>
    public ulong? GetSnowflake()
        => ulong.TryParse(GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
