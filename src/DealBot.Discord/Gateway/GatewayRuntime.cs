using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Gateway;

/// <summary>What every connection of one gateway client shares.</summary>
internal sealed record GatewayRuntime(
    GatewaySession Session,
    GatewayDispatcher Dispatcher,
    GatewayStatusTracker Status,
    TimeProvider Time,
    IRandomSource Random,
    GatewayTuning Tuning,
    DiscordClientOptions Options,
    SecretRedactor Redactor,
    IdentifyThrottle Identifies,
    ILogger Logger)
{
    public GatewayIntents Intents => GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages
        | (Options.MessageContentIntent ? GatewayIntents.MessageContent : GatewayIntents.None);
}
