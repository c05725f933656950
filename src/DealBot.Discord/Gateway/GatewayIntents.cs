namespace DealBot.Discord.Gateway;

/// <summary>The gateway intents the transport asks for.</summary>
[Flags]
public enum GatewayIntents
{
    /// <summary>No intents.</summary>
    None = 0,

    /// <summary>Guild, role, channel and thread events.</summary>
    Guilds = 1 << 0,

    /// <summary>Messages in guilds.</summary>
    GuildMessages = 1 << 9,

    /// <summary>Direct messages.</summary>
    DirectMessages = 1 << 12,

    /// <summary>Message content (privileged: switch it on in the Developer Portal).</summary>
    MessageContent = 1 << 15,
}
