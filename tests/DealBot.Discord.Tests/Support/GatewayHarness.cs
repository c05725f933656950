using DealBot.Discord.Gateway;
using DealBot.Discord.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace DealBot.Discord.Tests.Support;

/// <summary>
/// A gateway client wired through <c>AddDiscordTransport</c> against a <see cref="FakeDiscordServer"/>, with fixed
/// jitter, short reconnect delays and a log collector; collects every event it surfaces.
/// </summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    public const string Token = "MTAwMQ.test-token.SECRET-abc123";

    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<GatewayEvent> _events = [];
    private Task _reader = Task.CompletedTask;

    private GatewayHarness(ServiceProvider services)
    {
        _services = services;
        Client = services.GetRequiredService<IDiscordGatewayClient>();
        Logs = services.GetRequiredService<FakeLogCollector>();
    }

    public IDiscordGatewayClient Client { get; }

    public FakeLogCollector Logs { get; }

    public Task Run { get; private set; } = Task.CompletedTask;

    public IReadOnlyList<GatewayEvent> Events
    {
        get { lock (_events) { return [.. _events]; } }
    }

    /// <param name="identifyInterval">Stands in for Discord's 5 s between Identifies; short by default, so tests that identify again stay quick.</param>
    public static GatewayHarness Start(FakeDiscordServer server, double jitter = 0.1, IDictionary<string, string?>? settings = null, TimeSpan? identifyInterval = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<IRandomSource>(new FixedRandomSource(jitter));
        services.AddSingleton<IReconnectStrategy>(new FixedReconnectStrategy(TimeSpan.FromMilliseconds(50)));
        services.AddSingleton(new GatewayTuning
        {
            InvalidSessionMinDelay = TimeSpan.FromMilliseconds(20),
            InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(60),
            CloseTimeout = TimeSpan.FromSeconds(1),
            IdentifyInterval = identifyInterval ?? TimeSpan.FromMilliseconds(100),
        });
        services.AddDiscordTransport(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());

        var harness = new GatewayHarness(services.BuildServiceProvider(validateScopes: true));
        harness.Run = harness.Client.RunAsync(harness._stop.Token);
        harness._reader = harness.ReadEventsAsync();
        return harness;
    }

    /// <summary>Collects what the transport of this harness records on <paramref name="instrument"/> (<see cref="DiscordMetrics.MeterName"/>), and nothing from other tests.</summary>
    public MetricCollector<long> CollectMetric(string instrument) =>
        new(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), DiscordMetrics.MeterName, instrument);

    public async Task<T> WaitForEventAsync<T>(Func<T, bool>? predicate = null)
        where T : GatewayEvent
    {
        T? match = null;
        await Eventually.WaitUntilAsync(
            () => (match = Events.OfType<T>().FirstOrDefault(e => predicate?.Invoke(e) ?? true)) is not null,
            $"a {typeof(T).Name} was surfaced");
        return match!;
    }

    public Task WaitForStateAsync(GatewayConnectionState state)
        => Eventually.WaitUntilAsync(() => Client.Status.State == state, $"the gateway is {state} (it is {Client.Status})");

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Run.WaitAsync(Eventually.Timeout);
        await _reader.WaitAsync(Eventually.Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Assert.DoesNotContain(Logs.GetSnapshot(), r => r.Message.Contains(Token, StringComparison.Ordinal) || (r.Exception?.ToString().Contains(Token, StringComparison.Ordinal) ?? false));
        await _services.DisposeAsync();
        _stop.Dispose();
    }

    private async Task ReadEventsAsync()
    {
        await foreach (var gatewayEvent in Client.Events.ReadAllAsync())
        {
            lock (_events)
            {
                _events.Add(gatewayEvent);
            }
        }
    }
}
