namespace DealBot.Discord.Tests.Gateway;

/// <summary>Dispatch payloads shaped like Discord's (ids as strings, extra fields the transport ignores).</summary>
internal static class DispatchSamples
{
    public static object Message(ulong id, string content = "hello") => new
    {
        id = id.ToString(),
        channel_id = "600",
        guild_id = "3003",
        content,
        type = 0,
        author = new { id = "42", username = "alice", global_name = "Alice", avatar = (string?)null },
        mentions = Array.Empty<object>(),
        mention_roles = Array.Empty<string>(),
        mention_everyone = false,
        attachments = Array.Empty<object>(),
        tts = false,
    };
}
