namespace DealBot.Discord.Rest;

/// <summary>The outcome of <see cref="IDiscordRestClient.DownloadAttachmentAsync"/>.</summary>
/// <param name="TooLarge">Whether the file exceeded the limit; <paramref name="Content"/> is then empty.</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="ContentType">The media type the CDN reported.</param>
public sealed record AttachmentDownload(bool TooLarge, ReadOnlyMemory<byte> Content, string? ContentType);
