using DealBot.Discord.Testing;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>Checks of what Discord requires of every bot, shared by the scenarios.</summary>
internal static class DiscordAssert
{
    /// <summary>Discord's deadline for the interaction callback: later, the token is dead (10062).</summary>
    public static readonly TimeSpan CallbackWindow = TimeSpan.FromSeconds(3);

    public static void AcknowledgedInTime(InteractionExchange exchange, RecordedRequest callback)
        => Assert.True(exchange.Delay(callback) < CallbackWindow, $"the callback came {exchange.Delay(callback)} after INTERACTION_CREATE");

    /// <summary>The message cannot ping anyone: nothing parsed, no users or roles listed.</summary>
    public static void PingsNobody(CreatedMessage message)
    {
        var allowed = message.Json.GetProperty("allowed_mentions");
        Assert.Empty(allowed.GetProperty("parse").EnumerateArray());
        Assert.False(allowed.TryGetProperty("users", out var users) && users.GetArrayLength() > 0);
        Assert.False(allowed.TryGetProperty("roles", out var roles) && roles.GetArrayLength() > 0);
    }
}
