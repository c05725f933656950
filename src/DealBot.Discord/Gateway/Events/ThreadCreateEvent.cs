using DealBot.Discord.Models;

namespace DealBot.Discord.Gateway;

/// <summary>THREAD_CREATE: a thread was created (or the bot was added to a private one).</summary>
/// <param name="Thread">The thread, with its parent channel.</param>
public sealed record ThreadCreateEvent(DiscordChannel Thread) : GatewayEvent;
