using System.Text.Json;

namespace DealBot.Discord.Testing;

/// <summary>A frame the client sent to the fake gateway, with when it arrived.</summary>
public sealed record GatewayFrame(int Op, JsonElement Data, string Raw, int ByteCount, DateTimeOffset ReceivedAt, TimeSpan SinceConnected)
{
    /// <summary>The heartbeat's sequence (op 1), or null.</summary>
    public long? HeartbeatSequence => Op == 1 && Data.ValueKind == JsonValueKind.Number ? Data.GetInt64() : null;

    public static GatewayFrame Parse(byte[] bytes, DateTimeOffset receivedAt, TimeSpan sinceConnected)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
        return new GatewayFrame(root.GetProperty("op").GetInt32(), data, System.Text.Encoding.UTF8.GetString(bytes), bytes.Length, receivedAt, sinceConnected);
    }
}
