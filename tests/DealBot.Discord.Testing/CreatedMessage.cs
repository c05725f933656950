using System.Text.Json;

namespace DealBot.Discord.Testing;

/// <summary>A message the fake actually created (a retried send with the same enforced nonce is not a new one).</summary>
public sealed record CreatedMessage(ulong Id, ulong ChannelId, RecordedRequest Request)
{
    public JsonElement Json => Request.Json;

    public string Content => Json.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";

    /// <summary>The message this one replies to (<c>message_reference.message_id</c>), if any.</summary>
    public ulong? ReplyTo => Json.TryGetProperty("message_reference", out var r) && r.TryGetProperty("message_id", out var id)
        ? ulong.Parse(id.GetString()!)
        : null;
}
