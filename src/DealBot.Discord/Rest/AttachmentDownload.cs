namespace DealBot.Discord.Rest;

/// <summary>The outcome of <see cref="IDiscordRestClient.DownloadAttachmentAsync"/>.</summary>
/// <param name="Status">Whether the file arrived, and if not, why.</param>
/// <param name="Content">The file's bytes; empty unless <paramref name="Status"/> is <see cref="AttachmentDownloadStatus.Downloaded"/>.</param>
/// <param name="ContentType">The media type the CDN reported, if it answered.</param>
public sealed record AttachmentDownload(AttachmentDownloadStatus Status, ReadOnlyMemory<byte> Content, string? ContentType)
{
    /// <summary>Whether the file exceeded the limit.</summary>
    public bool TooLarge => Status == AttachmentDownloadStatus.TooLarge;

    /// <summary>Whether <see cref="Content"/> holds the whole file.</summary>
    public bool Succeeded => Status == AttachmentDownloadStatus.Downloaded;
}
