namespace DealBot.Cli.Chat;

/// <summary>Reads a chat line: a command, or a question.</summary>
internal static class ChatInput
{
    public static ChatInputKind Classify(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length == 0)
        {
            return ChatInputKind.Empty;
        }

        if (text.Equals("exit", StringComparison.OrdinalIgnoreCase) || text.Equals("quit", StringComparison.OrdinalIgnoreCase))
        {
            return ChatInputKind.Quit;
        }

        // "/clear" and ":clear" alike: some terminals and editors treat one prefix or the other specially.
        if (text[0] is not ('/' or ':') || text.Length == 1)
        {
            return ChatInputKind.Question;
        }

        return text[1..].ToLowerInvariant() switch
        {
            "clear" or "reset" => ChatInputKind.Clear,
            "quit" or "exit" or "q" => ChatInputKind.Quit,
            _ => ChatInputKind.Help,
        };
    }
}
