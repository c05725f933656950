using System.Text.Json;
using DealBot.Bot;
using DealBot.Discord;
using DealBot.Discord.Gateway;
using DealBot.Discord.Testing;
using DealBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>
/// The real bot host (<see cref="DealBotHost.CreateBotBuilder"/>) against a <see cref="FakeDiscordServer"/>, over a
/// private copy of the knowledge base. Only the waits of the protocol are shortened (reconnect backoff, the
/// invalid-session pause); logs are collected so tests can read them and check the token never shows up.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    public const string Token = "MTAwMQ.GbOtQx.SECRET-token-never-logged-1234567890";

    private readonly BotWorkspace _workspace;
    private readonly bool _ownsWorkspace;

    private BotHarness(FakeDiscordServer fake, FakeCommunity community, BotWorkspace workspace, IHost host, bool ownsWorkspace)
    {
        _ownsWorkspace = ownsWorkspace;
        Fake = fake;
        Community = community;
        _workspace = workspace;
        Host = host;
        Logs = host.Services.GetRequiredService<FakeLogCollector>();
    }

    /// <summary>How long to wait for the bot to start, connect or answer on a loaded machine.</summary>
    public static TimeSpan Patience { get; } = TimeSpan.FromSeconds(30);

    public FakeDiscordServer Fake { get; }

    public FakeCommunity Community { get; }

    public IHost Host { get; }

    public FakeLogCollector Logs { get; }

    public string KnowledgeDirectory => _workspace.KnowledgeDirectory;

    /// <summary>The knowledge and data directories; a restarted bot is started over the same one.</summary>
    public BotWorkspace Workspace => _workspace;

    /// <summary>Starts the fake, then the bot; the bot connects on its own.</summary>
    /// <param name="settings">Extra configuration (<c>Bot:*</c>, <c>Discord:GuildIds:0</c>, ...).</param>
    /// <param name="services">Replaces services before the host is built.</param>
    /// <param name="configureFake">Scripts the fake before the bot connects.</param>
    public static Task<BotHarness> StartAsync(
        KnowledgeSnapshot knowledge,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        Action<FakeDiscordServer>? configureFake = null)
        => StartAsync(knowledge, _ => settings ?? new Dictionary<string, string?>(), services, configureFake);

    /// <summary>Starts the bot with settings that name the community's ids (its roles, its guild).</summary>
    public static async Task<BotHarness> StartAsync(
        KnowledgeSnapshot knowledge,
        Func<FakeCommunity, IDictionary<string, string?>> settingsFor,
        Action<IServiceCollection>? services = null,
        Action<FakeDiscordServer>? configureFake = null,
        BotWorkspace? workspace = null)
    {
        var fake = await FakeDiscordServer.StartAsync();
        fake.Gateway.HeartbeatIntervalMs = 2000;
        var community = new FakeCommunity(fake.Ids, fake.Gateway.BotUser);
        fake.Gateway.Guilds.Add(community.Guild);
        configureFake?.Invoke(fake);

        var ownsWorkspace = workspace is null;
        workspace ??= knowledge.NewWorkspace();
        var configuration = workspace.Settings();
        configuration["Discord:Token"] = Token;
        configuration["Discord:ApiBaseUrl"] = fake.ApiBaseUrl;
        configuration["Health:Port"] = "0";

        // The fake serves attachments from its own address, not from Discord's CDN hosts.
        configuration["Discord:AttachmentHosts:0"] = fake.CdnOrigin;
        foreach (var (key, value) in settingsFor(community))
        {
            configuration[key] = value;
        }

        var builder = DealBotHost.CreateBotBuilder([], c => c.AddInMemoryCollection(configuration));
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton<IReconnectStrategy>(new FixedReconnectStrategy(TimeSpan.FromMilliseconds(100)));
        builder.Services.AddSingleton(new GatewayTuning
        {
            InvalidSessionMinDelay = TimeSpan.FromMilliseconds(50),
            InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(150),
            CloseTimeout = TimeSpan.FromSeconds(1),
            IdentifyInterval = TimeSpan.FromMilliseconds(200),
        });
        services?.Invoke(builder.Services);

        var host = builder.Build();
        var harness = new BotHarness(fake, community, workspace, host, ownsWorkspace);
        await host.StartAsync();
        return harness;
    }

    /// <summary>Starts the bot with the default settings and waits until it is ready for members.</summary>
    public static async Task<BotHarness> StartReadyAsync(KnowledgeSnapshot knowledge)
    {
        var harness = await StartAsync(knowledge);
        await harness.WaitUntilReadyAsync();
        return harness;
    }

    /// <summary>
    /// Waits until the bot has identified, received READY and the guild, and registered its commands (the sign
    /// that READY was handled); returns the connection.
    /// </summary>
    public async Task<FakeGatewayConnection> WaitUntilReadyAsync()
    {
        var connection = await Fake.Gateway.NextConnectionAsync(Patience);
        await connection.WaitForOpAsync(2, Patience);
        await Fake.Rest.WaitForRequestsAsync(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal), timeout: Patience);
        return connection;
    }

    /// <summary>Posts <paramref name="message"/> and waits for the bot's reply to it.</summary>
    public async Task<CreatedMessage> ReplyToAsync(FakeMessage message)
        => await (await Fake.SendMessageAsync(message)).WaitForReplyAsync(Patience);

    /// <summary>Invokes <paramref name="command"/> and waits for the message the member ends up seeing.</summary>
    public async Task<JsonElement> ResponseToAsync(SlashCommand command)
        => await (await Fake.SendCommandAsync(command)).WaitForResponseMessageAsync(Patience);

    /// <summary>
    /// Waits until no event handler is running. A reply can reach the fake before the bot has read Discord's answer
    /// and remembered the message id, so a scenario that depends on that memory waits for the handler to end first.
    /// </summary>
    public Task WaitUntilIdleAsync() =>
        Eventually.WaitUntilAsync(() => Host.Services.GetRequiredService<InFlightWork>().Count == 0, "the bot's handlers finished", Patience);

    /// <summary>The hosted service running the bot; its ExecuteTask ends when the bot stops for good.</summary>
    internal DiscordBotService BotService => Host.Services.GetServices<IHostedService>().OfType<DiscordBotService>().Single();

    public IHostApplicationLifetime Lifetime => Host.Services.GetRequiredService<IHostApplicationLifetime>();

    /// <summary>Log lines at <paramref name="level"/> or above.</summary>
    public IReadOnlyList<FakeLogRecord> LogsAtLeast(LogLevel level) => Logs.GetSnapshot().Where(r => r.Level >= level).ToList();

    public async ValueTask DisposeAsync()
    {
        using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            await Host.StopAsync(stopping.Token);
        }

        var leaks = Logs.GetSnapshot().Where(r => r.Message.Contains(Token, StringComparison.Ordinal) || (r.Exception?.ToString().Contains(Token, StringComparison.Ordinal) ?? false)).ToList();
        Host.Dispose();
        await Fake.DisposeAsync();
        if (_ownsWorkspace)
        {
            _workspace.Dispose();
        }

        Assert.True(leaks.Count == 0, "The token appeared in the logs: " + string.Join(" | ", leaks.Select(l => l.Message)));
    }
}
