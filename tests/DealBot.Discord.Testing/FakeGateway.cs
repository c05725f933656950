using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace DealBot.Discord.Testing;

/// <summary>
/// The WebSocket side of <see cref="FakeDiscordServer"/>: <c>/gateway</c> (the address <c>GET /gateway/bot</c>
/// returns) and <c>/resume</c> (the <c>resume_gateway_url</c> READY hands out). By default it greets with Hello,
/// answers heartbeats with ACKs, Identify with READY and Resume with RESUMED; tests switch those off or script more.
/// </summary>
public sealed class FakeGateway
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private readonly Channel<FakeGatewayConnection> _accepted = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly List<FakeGatewayConnection> _connections = [];
    private long _sequence;

    public int HeartbeatIntervalMs { get; set; } = 400;

    public bool SendHelloOnConnect { get; set; } = true;

    public bool AnswerIdentifyWithReady { get; set; } = true;

    /// <summary>Which connections get no heartbeat ACKs (to look like a zombie to the client).</summary>
    public Func<FakeGatewayConnection, bool> WithholdAcks { get; set; } = static _ => false;

    /// <summary>What to do on Resume; the default sends RESUMED. Replace it to replay dispatches first.</summary>
    public Func<FakeGatewayConnection, GatewayFrame, Task> OnResume { get; set; } = static (c, _) => c.SendDispatchAsync("RESUMED", new { });

    public string SessionId { get; set; } = "fake-session-1";

    public ulong BotUserId { get; set; } = 1001;

    public ulong ApplicationId { get; set; } = 2002;

    /// <summary>The bot user READY introduces.</summary>
    public FakeUser BotUser => new(BotUserId, "dealbot", IsBot: true);

    /// <summary>
    /// Guilds the bot is in. READY lists them as unavailable stubs and a GUILD_CREATE for each follows, as on
    /// Discord; with none, READY lists one stub (3003) and no GUILD_CREATE follows.
    /// </summary>
    public IList<FakeGuild> Guilds { get; } = new List<FakeGuild>();

    /// <summary>The last sequence number the fake handed out.</summary>
    public long LastSequence => Interlocked.Read(ref _sequence);

    public Uri GatewayUrl { get; internal set; } = null!;

    public Uri ResumeUrl { get; internal set; } = null!;

    /// <summary>Overrides the <c>resume_gateway_url</c> READY hands out (for example an address nobody listens on).</summary>
    public string? AdvertisedResumeUrl { get; set; }

    public IReadOnlyList<FakeGatewayConnection> Connections
    {
        get { lock (_connections) { return [.. _connections]; } }
    }

    /// <summary>The connection accepted last (the one a connected client is using), or null before the first.</summary>
    public FakeGatewayConnection? LatestConnection
    {
        get { lock (_connections) { return _connections.LastOrDefault(); } }
    }

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>The next connection in the order they were accepted (the first call returns the first one).</summary>
    public async Task<FakeGatewayConnection> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            return await _accepted.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The client did not connect within {timeout ?? DefaultTimeout}; connections so far: {Connections.Count}.");
        }
    }

    /// <summary>A READY payload as Discord sends it (ids as strings).</summary>
    public object ReadyPayload() => new
    {
        v = 10,
        user = BotUser.ToJson(),
        guilds = Guilds.Count == 0 ? [new { id = "3003", unavailable = true }] : Guilds.Select(g => new { id = FakeJson.Id(g.Id), unavailable = true }).ToArray(),
        session_id = SessionId,
        resume_gateway_url = AdvertisedResumeUrl ?? ResumeUrl.ToString().TrimEnd('/'),
        shard = new[] { 0, 1 },
        application = new { id = ApplicationId.ToString(), flags = 0 },
        an_unknown_field = new { ignored = true },
    };

    internal async Task AcceptAsync(HttpContext context, CancellationToken stopping)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        FakeGatewayConnection connection;
        lock (_connections)
        {
            connection = new FakeGatewayConnection(socket, this, context.Request.Path.Value!.TrimEnd('/'), context.Request.QueryString.Value ?? "", _connections.Count);
            _connections.Add(connection);
        }

        _accepted.Writer.TryWrite(connection);
        await connection.RunAsync(stopping);
    }

    internal async Task OnFrameAsync(FakeGatewayConnection connection, GatewayFrame frame)
    {
        switch (frame.Op)
        {
            case 1 when !connection.WithholdAcks && !WithholdAcks(connection):
                await connection.SendAsync(new { op = 11 });
                break;
            case 2 when AnswerIdentifyWithReady:
                await connection.SendDispatchAsync("READY", ReadyPayload());
                foreach (var guild in Guilds.ToList())
                {
                    await connection.SendDispatchAsync("GUILD_CREATE", guild.ToGuildCreate());
                }

                break;
            case 6:
                await OnResume(connection, frame);
                break;
        }
    }
}
