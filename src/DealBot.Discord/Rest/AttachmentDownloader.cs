using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Rest;

/// <summary>Streams a CDN file into memory up to a size limit; larger files are abandoned mid-stream.</summary>
internal sealed class AttachmentDownloader(IHttpClientFactory httpClientFactory, ILogger<AttachmentDownloader> logger)
{
    private const int ChunkSize = 81920;

    public async Task<AttachmentDownload> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("Attachments are downloaded over http or https only.", nameof(url));
        }

        var client = httpClientFactory.CreateClient(DiscordHttpClientNames.Cdn);
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var contentType = response.Content.Headers.ContentType?.MediaType;
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes, contentType);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[ChunkSize];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                // The declared length can be missing or wrong; count what actually arrives.
                if (buffer.Length + read > maxBytes)
                {
                    return TooLarge(maxBytes, contentType);
                }

                buffer.Write(chunk, 0, read);
            }

            return new AttachmentDownload(false, buffer.ToArray(), contentType);
        }
    }

    private AttachmentDownload TooLarge(long maxBytes, string? contentType)
    {
        RestLog.AttachmentTooLarge(logger, maxBytes);
        return new AttachmentDownload(true, ReadOnlyMemory<byte>.Empty, contentType);
    }
}
