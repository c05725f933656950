using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DealBot.Discord.Testing;

/// <summary>
/// The fake's CDN. Serves uploaded files at Discord's attachment address shape
/// (<c>/attachments/{channel}/{attachment}/{filename}?ex=…&amp;is=…&amp;hm=…</c>) and synthetic files of a given
/// size at <c>/cdn/{name}?size=N</c>; <c>/cdn-redirect/{name}?to=URL</c> answers 302 (a client must not follow it), and
/// <c>/cdn-stall/{name}</c> sends its headers and then nothing (for time limits). An uploaded file can also be made to
/// redirect (<see cref="RedirectTo"/>). Records whether downloads carried an Authorization header (they must not:
/// the CDN needs none, and the bot token must never leave for another host) and every path requested.
/// </summary>
public sealed class FakeCdn
{
    private readonly ConcurrentDictionary<ulong, (byte[] Content, string ContentType)> _files = new();
    private readonly ConcurrentDictionary<ulong, Uri> _redirects = new();
    private readonly List<string?> _authorization = [];
    private readonly List<string> _paths = [];

    /// <summary>The Authorization header (or null) of every download.</summary>
    public IReadOnlyList<string?> AuthorizationHeaders
    {
        get { lock (_authorization) { return [.. _authorization]; } }
    }

    /// <summary>Every path downloaded from the CDN, in order (one per request: a redirect followed shows twice).</summary>
    public IReadOnlyList<string> RequestedPaths
    {
        get { lock (_authorization) { return [.. _paths]; } }
    }

    /// <summary>Makes the uploaded attachment <paramref name="attachment"/> answer 302 with <paramref name="location"/>.</summary>
    public void RedirectTo(FakeAttachment attachment, Uri location) => _redirects[attachment.Id] = location;

    internal void Add(ulong attachmentId, byte[] content, string contentType) => _files[attachmentId] = (content, contentType);

    internal void Map(WebApplication app)
    {
        app.MapGet("/cdn/{name}", Synthetic);
        app.MapGet("/cdn-redirect/{name}", Redirect);
        app.MapGet("/cdn-stall/{name}", Stall);
        app.MapGet("/attachments/{channelId}/{attachmentId}/{fileName}", Uploaded);
    }

    private void Redirect(HttpContext context)
    {
        Record(context);
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = context.Request.Query["to"].ToString();
    }

    private async Task Stall(HttpContext context)
    {
        Record(context);
        context.Response.ContentType = "text/markdown";
        context.Response.ContentLength = 100;
        await context.Response.Body.FlushAsync();
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task Uploaded(HttpContext context, ulong attachmentId)
    {
        Record(context);
        if (_redirects.TryGetValue(attachmentId, out var location))
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = location.ToString();
            return;
        }

        if (!_files.TryGetValue(attachmentId, out var file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = file.ContentType;
        context.Response.ContentLength = file.Content.Length;
        await context.Response.Body.WriteAsync(file.Content);
    }

    private async Task Synthetic(HttpContext context)
    {
        Record(context);
        var size = int.Parse(context.Request.Query["size"].ToString() is { Length: > 0 } s ? s : "1024");
        var chunked = context.Request.Query["chunked"] == "true";
        context.Response.ContentType = "text/plain";
        if (!chunked)
        {
            context.Response.ContentLength = size;
        }

        var chunk = new byte[4096];
        Array.Fill(chunk, (byte)'a');
        for (var sent = 0; sent < size; sent += chunk.Length)
        {
            await context.Response.Body.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, size - sent)));
            await context.Response.Body.FlushAsync();
        }
    }

    private void Record(HttpContext context)
    {
        lock (_authorization)
        {
            _authorization.Add(context.Request.Headers.Authorization.FirstOrDefault());
            _paths.Add(context.Request.Path.Value ?? string.Empty);
        }
    }
}
