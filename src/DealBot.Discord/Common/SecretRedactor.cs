namespace DealBot.Discord;

/// <summary>
/// Removes the bot token from text before it reaches a log: exception messages and URLs can echo it back.
/// </summary>
internal sealed class SecretRedactor(string token)
{
    private const string Mask = "[redacted]";

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return token.Length == 0 ? text : text.Replace(token, Mask, StringComparison.Ordinal);
    }
}
