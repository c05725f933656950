namespace DealBot.Discord.Testing;

/// <summary>An interaction the fake gateway delivered, so the API can hold its callback to Discord's rules.</summary>
public sealed record DispatchedInteraction(ulong Id, string Token, ulong ApplicationId, ulong ChannelId, int Type, SentDispatch Dispatch);
