namespace DealBot.Discord.Testing;

/// <summary>A dispatch the fake gateway sent, stamped (monotonic clock) just before it went on the wire.</summary>
public sealed record SentDispatch(string EventName, long Sequence, long SentTimestamp);
