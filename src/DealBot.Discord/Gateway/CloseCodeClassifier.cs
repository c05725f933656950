namespace DealBot.Discord.Gateway;

/// <summary>Maps a gateway close code to the next step, with the one line that tells a person what to fix.</summary>
internal static class CloseCodeClassifier
{
    public const string InvalidTokenHint =
        "Discord rejected the bot token: the token is invalid. Reset it on the Bot page of the Discord Developer Portal and update Discord:Token.";

    public static ConnectionOutcome Classify(int? code, string? description)
    {
        var reason = $"closed with {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no code"}"
            + (string.IsNullOrEmpty(description) ? string.Empty : $" ({description})");
        return code switch
        {
            4004 => Fatal(4004, InvalidTokenHint),
            4010 => Fatal(4010, "Discord rejected the shard: Discord:ShardId must be lower than Discord:ShardCount."),
            4011 => Fatal(4011, "Discord requires sharding: the bot is in too many guilds for one connection. Raise Discord:ShardCount and run one process per Discord:ShardId."),
            4012 => Fatal(4012, "Discord no longer accepts gateway version 10: update the Discord transport."),
            4013 => Fatal(4013, "Discord rejected the intents value sent in Identify: the transport sent an invalid intents bit set."),
            4014 => Fatal(4014, "Discord refused the Message Content intent: enable it on the Bot page of the Discord Developer Portal, or turn it off here with Discord:MessageContentIntent=false (slash commands keep working)."),

            // Bad sequence and session timeout: the session is gone, start a new one.
            4007 or 4009 => new ConnectionOutcome(ReconnectAction.Identify, reason),

            // 4000-4003, 4005, 4008, abnormal closes (1006) and anything unknown: the session may live on.
            _ => new ConnectionOutcome(ReconnectAction.Resume, reason),
        };
    }

    private static ConnectionOutcome Fatal(int code, string hint)
        => new(ReconnectAction.Fatal, $"Gateway closed with {code}. {hint}");
}
