using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using DealBot.Discord.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Discord.Rest;

/// <summary>
/// Sends one API call through its bucket queue and the global limit, learns the limits from the answer, and
/// retries after 429s (always safe: Discord did not act on the request) and, for idempotent routes, after
/// transient 5xx and network failures. The body bytes are serialized once, so a nonce is the same on every try.
/// </summary>
internal sealed class RestRequestExecutor
{
    private const int MaxRateLimitedAttempts = 6;
    private const int MaxTransientAttempts = 3;

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly RateLimitBucketRegistry _buckets;
    private readonly GlobalRateLimit _global;
    private readonly TooManyRequestsHandler _tooManyRequests;
    private readonly BotTokenGuard _tokenGuard;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _baseUrl;
    private readonly string _token;

    public RestRequestExecutor(
        IHttpClientFactory httpClientFactory,
        IOptions<DiscordClientOptions> options,
        RateLimitBucketRegistry buckets,
        GlobalRateLimit global,
        DiscordMetrics metrics,
        TimeProvider time,
        ILogger<RestRequestExecutor> logger)
    {
        _httpClientFactory = httpClientFactory;
        _buckets = buckets;
        _global = global;
        _time = time;
        _logger = logger;
        _tooManyRequests = new TooManyRequestsHandler(global, metrics, logger);
        _tokenGuard = new BotTokenGuard(logger);
        _baseUrl = options.Value.ApiBaseUrl.TrimEnd('/');
        _token = options.Value.Token;
    }

    public async Task<T?> SendAsync<T>(RestRoute route, byte[]? body, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken)
    {
        var rateLimited = 0;
        var transient = 0;
        while (true)
        {
            _tokenGuard.ThrowIfRejected(route);
            HttpResponseMessage response;
            try
            {
                response = await SendThroughQueuesAsync(route, body, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (route.IsIdempotent && ++transient < MaxTransientAttempts)
            {
                await BackOffAsync(route, ex.HttpRequestError.ToString(), transient, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests && ++rateLimited < MaxRateLimitedAttempts)
                {
                    continue;
                }

                if (RestErrors.IsTransient(response.StatusCode) && route.IsIdempotent && ++transient < MaxTransientAttempts)
                {
                    await BackOffAsync(route, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), transient, cancellationToken)
                        .ConfigureAwait(false);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw await RestErrors.CreateExceptionAsync(route, response, cancellationToken).ConfigureAwait(false);
                }

                if (responseType is null || response.StatusCode == HttpStatusCode.NoContent)
                {
                    return default;
                }

                return await response.Content.ReadFromJsonAsync(responseType, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<HttpResponseMessage> SendThroughQueuesAsync(RestRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        var bucket = _buckets.GetBucket(route);
        await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await bucket.WaitForCapacityAsync(cancellationToken).ConfigureAwait(false);
            await _global.WaitWhilePausedAsync(route.IsInteraction, cancellationToken).ConfigureAwait(false);
            using var globalSlot = route.IsInteraction ? null : await _global.AcquireAsync(cancellationToken).ConfigureAwait(false);
            using var request = CreateRequest(route, body);
            var client = _httpClientFactory.CreateClient(DiscordHttpClientNames.Api);
            var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            globalSlot?.Dispose();
            RestLog.Response(_logger, route.Method.Method, route.Template, (int)response.StatusCode);
            _tokenGuard.Observe(route, response.StatusCode);

            var headers = RateLimitHeaders.Parse(response, _time.GetUtcNow());
            bucket.Update(headers);
            var shared = _buckets.Learn(route, headers.Bucket, bucket);
            if (!ReferenceEquals(shared, bucket))
            {
                shared.Update(headers);
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await _tooManyRequests.HandleAsync(route, shared, response, headers, cancellationToken).ConfigureAwait(false);
            }

            return response;
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    private HttpRequestMessage CreateRequest(RestRoute route, byte[]? body)
    {
        var request = new HttpRequestMessage(route.Method, _baseUrl + route.Path);
        DiscordRouteAddress.Set(request, _baseUrl + route.Template);
        if (!route.IsInteraction)
        {
            // Interaction routes are authenticated by the token in the path; the bot token stays off them.
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _token);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return request;
    }

    private async Task BackOffAsync(RestRoute route, string reason, int attempt, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(attempt);
        RestLog.TransientFailure(_logger, route.Method.Method, route.Template, reason, attempt, delay);
        await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
    }
}
