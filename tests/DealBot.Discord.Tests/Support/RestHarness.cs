using DealBot.Discord.Rest;
using DealBot.Discord.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Discord.Tests.Support;

/// <summary>
/// The REST client wired through <c>AddDiscordTransport</c> against a <see cref="FakeDiscordServer"/>, on a
/// <see cref="FakeTimeProvider"/> shared with the fake (so recorded request times are fake times).
/// </summary>
public sealed class RestHarness : IAsyncDisposable
{
    public const string Token = "MTAwMQ.rest-token.SECRET-xyz789";

    private readonly ServiceProvider _services;

    private RestHarness(FakeDiscordServer server, FakeTimeProvider time, ServiceProvider services)
    {
        Server = server;
        Time = time;
        _services = services;
        Client = services.GetRequiredService<IDiscordRestClient>();
        Logs = services.GetRequiredService<FakeLogCollector>();
    }

    public FakeDiscordServer Server { get; }

    public FakeRestApi Api => Server.Rest;

    public FakeTimeProvider Time { get; }

    public IDiscordRestClient Client { get; }

    public FakeLogCollector Logs { get; }

    /// <param name="settings">Extra <c>Discord:*</c> settings; by default the fake's own origin is the one attachment host.</param>
    public static async Task<RestHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider();
        var server = await FakeDiscordServer.StartAsync(time);
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(time);
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
            ["Discord:AttachmentHosts:0"] = server.CdnOrigin,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        services.AddDiscordTransport(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        return new RestHarness(server, time, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>Collects what the transport of this harness records on <paramref name="instrument"/> (<see cref="DiscordMetrics.MeterName"/>), and nothing from other tests.</summary>
    public MetricCollector<long> CollectMetric(string instrument) =>
        new(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), DiscordMetrics.MeterName, instrument);

    /// <summary>Advances fake time until <paramref name="count"/> requests match (or a fake minute or more passed).</summary>
    public async Task<IReadOnlyList<RecordedRequest>> AdvanceUntilRequestsAsync(Func<RecordedRequest, bool> match, int count, TimeSpan step, TimeSpan maximum)
    {
        await Eventually.AdvanceUntilAsync(Time, () => Api.Requests.Count(match) >= count, step, maximum);
        return Api.Requests.Where(match).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        Assert.DoesNotContain(Logs.GetSnapshot(), r => r.Message.Contains(Token, StringComparison.Ordinal));
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
