using DealBot.Discord.Testing;
using DealBot.Discord.Testing.Load;

namespace DealBot.Benchmarks;

/// <summary>
/// What one member does in a load run: asks <see cref="Turns"/>[0] by <see cref="FirstVia"/>, then each later turn
/// as a reply to the bot's answer to the turn before (a conversation), one question in flight at a time.
/// </summary>
internal sealed record LoadItem(FakeUser Member, AskedVia FirstVia, IReadOnlyList<string> Turns);
