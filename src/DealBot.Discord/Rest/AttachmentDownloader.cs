using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Discord.Rest;

/// <summary>
/// Streams a CDN file into memory: only from an allowed attachment host, never following a redirect (one could lead
/// anywhere, internal addresses included), within a time limit, and abandoned mid-stream once it passes the size limit.
/// </summary>
internal sealed class AttachmentDownloader(
    IHttpClientFactory httpClientFactory,
    AttachmentHostPolicy hosts,
    IOptions<DiscordClientOptions> options,
    TimeProvider time,
    ILogger<AttachmentDownloader> logger)
{
    private const int ChunkSize = 81920;

    public async Task<AttachmentDownload> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        if (!hosts.Allows(url))
        {
            return Refused(url, AttachmentDownloadStatus.HostNotAllowed);
        }

        using var timeout = new CancellationTokenSource(options.Value.AttachmentTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await ReadAsync(url, maxBytes, linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException or IOException
            && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Cancelling a read mid-body may surface as an I/O error rather than a cancellation: the clock decides.
            return Refused(url, AttachmentDownloadStatus.TimedOut);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            RestLog.AttachmentDownloadFailed(logger, AttachmentHostPolicy.HostOf(url), ex.Message);
            return new AttachmentDownload(AttachmentDownloadStatus.Failed, ReadOnlyMemory<byte>.Empty, null);
        }
    }

    private async Task<AttachmentDownload> ReadAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(DiscordHttpClientNames.Cdn);
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var contentType = response.Content.Headers.ContentType?.MediaType;
        if ((int)response.StatusCode is >= 300 and < 400)
        {
            return Refused(url, AttachmentDownloadStatus.Redirected);
        }

        if (!response.IsSuccessStatusCode)
        {
            RestLog.AttachmentDownloadFailed(logger, AttachmentHostPolicy.HostOf(url), $"HTTP {(int)response.StatusCode}");
            return new AttachmentDownload(AttachmentDownloadStatus.Failed, ReadOnlyMemory<byte>.Empty, contentType);
        }

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

            return new AttachmentDownload(AttachmentDownloadStatus.Downloaded, buffer.ToArray(), contentType);
        }
    }

    private AttachmentDownload Refused(Uri url, AttachmentDownloadStatus status)
    {
        RestLog.AttachmentRefused(logger, AttachmentHostPolicy.HostOf(url), status.ToString());
        return new AttachmentDownload(status, ReadOnlyMemory<byte>.Empty, null);
    }

    private AttachmentDownload TooLarge(long maxBytes, string? contentType)
    {
        RestLog.AttachmentTooLarge(logger, maxBytes);
        return new AttachmentDownload(AttachmentDownloadStatus.TooLarge, ReadOnlyMemory<byte>.Empty, contentType);
    }
}
