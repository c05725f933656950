using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DealBot.Discord.Testing;

/// <summary>
/// The HTTP side of <see cref="FakeDiscordServer"/>. Records every request (with the time of the clock the server
/// was given), lets tests script answers (429s, Cloudflare bans, rate-limit headers), and otherwise answers like
/// Discord: messages (deduplicated by enforced nonce), edits, typing, interaction callbacks, webhook follow-ups
/// and @original edits, command overwrites and /gateway/bot; bodies Discord would refuse get Discord's 400.
/// With <see cref="GlobalRequestsPerSecond"/> set it also holds the bot to Discord's global rate limit.
/// </summary>
public sealed partial class FakeRestApi(TimeProvider clock, FakeSnowflakes ids)
{
    private readonly FakeSnowflakes _ids = ids;
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(Func<RecordedRequest, bool> Match, FakeResponse Response)> _script = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_requests) { return [.. _requests]; } }
    }

    /// <summary>Answers the next request matching <paramref name="match"/> with <paramref name="response"/> (once).</summary>
    public void Enqueue(Func<RecordedRequest, bool> match, FakeResponse response)
    {
        lock (_script)
        {
            _script.Add((match, response));
        }
    }

    /// <summary>When set, <c>GET /gateway/bot</c> answers with this status (401 for a bad token).</summary>
    public int? GatewayBotStatus { get; set; }

    /// <summary>New sessions left today, as <c>GET /gateway/bot</c> reports them in <c>session_start_limit</c>.</summary>
    public int SessionStartsRemaining { get; set; } = 999;

    /// <summary>Milliseconds until the daily session budget resets.</summary>
    public long SessionStartsResetAfterMs { get; set; } = 14_400_000;

    public IEnumerable<RecordedRequest> RequestsTo(string method, string pathPrefix)
        => Requests.Where(r => r.Is(method, pathPrefix));

    /// <summary>Waits until <paramref name="count"/> requests match.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(Func<RecordedRequest, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        var limit = timeout ?? FakeGateway.DefaultTimeout;
        var started = DateTime.UtcNow;
        while (true)
        {
            var matches = Requests.Where(match).ToList();
            if (matches.Count >= count)
            {
                return matches;
            }

            if (DateTime.UtcNow - started > limit)
            {
                throw new TimeoutException($"Expected {count} matching requests, saw {matches.Count}: {string.Join(", ", Requests.Select(r => r.Method + " " + r.Path))}");
            }

            await Task.Delay(10);
        }
    }

    internal void Map(WebApplication app, Func<Uri> gatewayUrl)
    {
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api/v10", out var rest))
            {
                await next(context);
                return;
            }

            var request = await RecordAsync(context, rest.Value ?? "");
            try
            {
                await AnswerAsync(context, request, next);
            }
            finally
            {
                Answered(new RestExchange(request, context.Response.StatusCode));
            }
        });

        MapRoutes(app, gatewayUrl);
    }

    private async Task AnswerAsync(HttpContext context, RecordedRequest request, RequestDelegate next)
    {
        if (OverGlobalLimit(request) is { } refusal)
        {
            await refusal.WriteAsync(context);
            return;
        }

        var scripted = TakeScripted(request);
        if (scripted is { IsPassThrough: false })
        {
            await scripted.WriteAsync(context);
            return;
        }

        foreach (var (name, value) in scripted?.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        context.Items[typeof(RecordedRequest)] = request;
        await next(context);
    }

    private async Task<RecordedRequest> RecordAsync(HttpContext context, string path)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method, path, context.Request.QueryString.Value ?? "", headers, body, clock.GetUtcNow(), Stopwatch.GetTimestamp());
        lock (_requests)
        {
            _requests.Add(request);
        }

        return request;
    }

    private FakeResponse? TakeScripted(RecordedRequest request)
    {
        lock (_script)
        {
            var index = _script.FindIndex(s => s.Match(request));
            if (index < 0)
            {
                return null;
            }

            var response = _script[index].Response;
            _script.RemoveAt(index);
            return response;
        }
    }
}
