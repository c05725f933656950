namespace DealBot.Discord.Models;

/// <summary>
/// A message component: an action row holding buttons, a button, or a modal's text input. In a modal submission the
/// text inputs come back with their <see cref="Value"/>.
/// </summary>
public sealed record MessageComponent
{
    /// <summary>The kind of component.</summary>
    public required MessageComponentType Type { get; init; }

    /// <summary>The developer-defined id a click or submission carries back (≤100 characters).</summary>
    public string? CustomId { get; init; }

    /// <summary>Buttons: 1 primary, 2 secondary, 3 success, 4 danger. Text inputs: 1 short, 2 paragraph.</summary>
    public int? Style { get; init; }

    /// <summary>The text on a button, or above a text input.</summary>
    public string? Label { get; init; }

    /// <summary>A button's emoji.</summary>
    public ComponentEmoji? Emoji { get; init; }

    /// <summary>Whether the component can be used.</summary>
    public bool? Disabled { get; init; }

    /// <summary>The children of an action row.</summary>
    public IReadOnlyList<MessageComponent>? Components { get; init; }

    /// <summary>A text input's placeholder.</summary>
    public string? Placeholder { get; init; }

    /// <summary>A text input's shortest allowed value.</summary>
    public int? MinLength { get; init; }

    /// <summary>A text input's longest allowed value (≤4000).</summary>
    public int? MaxLength { get; init; }

    /// <summary>Whether a text input must be filled.</summary>
    public bool? Required { get; init; }

    /// <summary>A text input's value: prefilled when sent, typed by the user in a submission.</summary>
    public string? Value { get; init; }

    /// <summary>An action row of <paramref name="children"/>.</summary>
    public static MessageComponent Row(params MessageComponent[] children) => new() { Type = MessageComponentType.ActionRow, Components = children };
}

/// <summary>The emoji on a button: a Unicode emoji by its character(s).</summary>
public sealed record ComponentEmoji(string Name);

/// <summary>Kinds of message component.</summary>
public enum MessageComponentType
{
    /// <summary>A row holding up to five buttons or one text input.</summary>
    ActionRow = 1,

    /// <summary>A button.</summary>
    Button = 2,

    /// <summary>A text input (modals only).</summary>
    TextInput = 4,
}
