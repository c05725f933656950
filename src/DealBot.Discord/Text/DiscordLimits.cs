namespace DealBot.Discord;

/// <summary>
/// Discord's message and embed length limits, in UTF-16 code units (the docs do not say how characters are
/// counted; capping by <see cref="string.Length"/> is never over the limit).
/// </summary>
public static class DiscordLimits
{
    /// <summary>Message content.</summary>
    public const int MessageContent = 2000;

    /// <summary>Embeds per message.</summary>
    public const int EmbedsPerMessage = 10;

    /// <summary>Embed title.</summary>
    public const int EmbedTitle = 256;

    /// <summary>Embed description.</summary>
    public const int EmbedDescription = 4096;

    /// <summary>Fields per embed.</summary>
    public const int EmbedFields = 25;

    /// <summary>Embed field name.</summary>
    public const int EmbedFieldName = 256;

    /// <summary>Embed field value.</summary>
    public const int EmbedFieldValue = 1024;

    /// <summary>Embed footer text.</summary>
    public const int EmbedFooter = 2048;

    /// <summary>Embed author name.</summary>
    public const int EmbedAuthorName = 256;

    /// <summary>Title, description, field names and values, footer and author summed over all embeds of a message.</summary>
    public const int EmbedTotal = 6000;
}
