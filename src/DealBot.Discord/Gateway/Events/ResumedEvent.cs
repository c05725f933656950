namespace DealBot.Discord.Gateway;

/// <summary>RESUMED: the session continued; missed events were replayed before it.</summary>
public sealed record ResumedEvent : GatewayEvent;
