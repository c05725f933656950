using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DealBot.Discord.Testing;

/// <summary>
/// The fake's CDN. Serves uploaded files at Discord's attachment address shape
/// (<c>/attachments/{channel}/{attachment}/{filename}?ex=…&amp;is=…&amp;hm=…</c>) and synthetic files of a given
/// size at <c>/cdn/{name}?size=N</c>. Records whether downloads carried an Authorization header (they must not:
/// the CDN needs none, and the bot token must never leave for another host).
/// </summary>
public sealed class FakeCdn
{
    private readonly ConcurrentDictionary<ulong, (byte[] Content, string ContentType)> _files = new();
    private readonly List<string?> _authorization = [];

    /// <summary>The Authorization header (or null) of every download.</summary>
    public IReadOnlyList<string?> AuthorizationHeaders
    {
        get { lock (_authorization) { return [.. _authorization]; } }
    }

    internal void Add(ulong attachmentId, byte[] content, string contentType) => _files[attachmentId] = (content, contentType);

    internal void Map(WebApplication app)
    {
        app.MapGet("/cdn/{name}", Synthetic);
        app.MapGet("/attachments/{channelId}/{attachmentId}/{fileName}", Uploaded);
    }

    private async Task Uploaded(HttpContext context, ulong attachmentId)
    {
        Record(context);
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
        }
    }
}
