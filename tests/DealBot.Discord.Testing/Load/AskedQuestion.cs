namespace DealBot.Discord.Testing.Load;

/// <summary>
/// One question a load driver delivered: the message's id (for <see cref="AskedVia.Slash"/>, the interaction's id and
/// token) and the monotonic stamp of its dispatch, which replies and acknowledgements are timed against.
/// </summary>
public sealed record AskedQuestion(int Number, AskedVia Via, ulong Id, long SentTimestamp, string? InteractionToken = null);
