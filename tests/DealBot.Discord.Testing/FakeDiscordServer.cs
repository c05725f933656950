using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Testing;

/// <summary>
/// A scriptable Discord on 127.0.0.1 (Kestrel, random port): <c>GET /api/v10/gateway/bot</c> points at its own
/// WebSocket gateway (<see cref="Gateway"/>), and the HTTP routes the bot uses answer and record
/// (<see cref="Rest"/>). Point <c>Discord:ApiBaseUrl</c> at <see cref="ApiBaseUrl"/>.
/// </summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();

    private FakeDiscordServer(WebApplication app, FakeGateway gateway, FakeRestApi rest, FakeCdn cdn, FakeSnowflakes ids)
    {
        _app = app;
        Gateway = gateway;
        Rest = rest;
        Cdn = cdn;
        Ids = ids;
    }

    public FakeGateway Gateway { get; }

    public FakeRestApi Rest { get; }

    public FakeCdn Cdn { get; }

    /// <summary>Where the fake's own ids come from; scenarios take message ids from it too.</summary>
    public FakeSnowflakes Ids { get; }

    /// <summary>For example <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The value for <c>Discord:ApiBaseUrl</c>.</summary>
    public string ApiBaseUrl => new Uri(BaseAddress, "api/v10").ToString();

    /// <summary>The fake CDN's origin (<c>http://127.0.0.1:port</c>), for <c>Discord:AttachmentHosts</c>.</summary>
    public string CdnOrigin => BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>An attachment address on the fake CDN serving <paramref name="size"/> bytes.</summary>
    public Uri CdnUrl(int size, bool chunked = false) => new(BaseAddress, $"cdn/file.txt?size={size}&chunked={(chunked ? "true" : "false")}");

    /// <summary>An attachment address on the fake CDN that answers 302 with <paramref name="location"/>.</summary>
    public Uri CdnRedirectUrl(Uri location) => new(BaseAddress, $"cdn-redirect/file.md?to={Uri.EscapeDataString(location.ToString())}");

    /// <summary>An attachment address on the fake CDN that sends headers and then nothing, until the client gives up.</summary>
    public Uri CdnStallUrl() => new(BaseAddress, "cdn-stall/file.md");

    /// <param name="clock">Stamps recorded HTTP requests; pass the tests' FakeTimeProvider to measure waits.</param>
    public static async Task<FakeDiscordServer> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseWebSockets();

        var ids = new FakeSnowflakes();
        var gateway = new FakeGateway();
        var rest = new FakeRestApi(clock ?? TimeProvider.System, ids);
        var cdn = new FakeCdn();
        var server = new FakeDiscordServer(app, gateway, rest, cdn, ids);
        rest.Map(app, () => gateway.GatewayUrl);
        cdn.Map(app);
        app.Map("/gateway", context => gateway.AcceptAsync(context, server._stopping.Token));
        app.Map("/resume", context => gateway.AcceptAsync(context, server._stopping.Token));

        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.First() + "/");
        gateway.GatewayUrl = new Uri($"ws://{server.BaseAddress.Authority}/gateway");
        gateway.ResumeUrl = new Uri($"ws://{server.BaseAddress.Authority}/resume");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
