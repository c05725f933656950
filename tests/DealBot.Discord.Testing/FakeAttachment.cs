using System.Text.Json.Nodes;

namespace DealBot.Discord.Testing;

/// <summary>A file someone uploaded, served by the fake CDN at <see cref="Url"/>.</summary>
public sealed record FakeAttachment(ulong Id, string FileName, long Size, Uri Url, string ContentType)
{
    /// <summary>The attachment object (as in <c>data.resolved.attachments</c> of an interaction).</summary>
    public JsonObject ToJson() => new()
    {
        ["id"] = FakeJson.Id(Id),
        ["filename"] = FileName,
        ["size"] = Size,
        ["url"] = Url.ToString(),
        ["proxy_url"] = Url.ToString(),
        ["content_type"] = ContentType,
        ["ephemeral"] = true,
    };
}
