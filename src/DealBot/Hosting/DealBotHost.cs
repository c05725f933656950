using DealBot.Answering.Llm.Exchanges;
using DealBot.Bot;
using DealBot.Health;
using DealBot.Knowledge;
using DealBot.Knowledge.Qdrant;
using DealBot.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Hosting;

/// <summary>
/// The one composition root: configuration (appsettings.json, environment variables with "__", user-secrets, and
/// DISCORD_TOKEN), logging to stderr (stdout carries answers and JSON), and the services every verb shares.
/// </summary>
internal static class DealBotHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args, Action<IConfigurationBuilder>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            // appsettings.json sits beside the executable; the working directory is wherever the user stands.
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.Configuration.AddUserSecrets(typeof(DealBotHost).Assembly, optional: true);
        var token = Environment.GetEnvironmentVariable("DISCORD_TOKEN");
        if (!string.IsNullOrWhiteSpace(token) && string.IsNullOrWhiteSpace(builder.Configuration["Discord:Token"]))
        {
            builder.Configuration["Discord:Token"] = token;
        }

        overrides?.Invoke(builder.Configuration);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddOptions<VectorStoreOptions>()
            .Bind(builder.Configuration.GetSection(VectorStoreOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (string.Equals(builder.Configuration["VectorStore:Provider"], "qdrant", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddQdrantPassageStore(builder.Configuration);
        }

        builder.Services.AddKnowledge(builder.Configuration);
        builder.Services.AddAnswerEngine(builder.Configuration);
        builder.Services.AddHealthEndpoint(builder.Configuration);
        builder.Services.AddOperationsStore(builder.Configuration);
        return builder;
    }

    /// <summary>The host of the <c>eval</c> verb: everything <see cref="CreateBuilder"/> registers, with the model's exchanges recorded or replayed when asked.</summary>
    public static HostApplicationBuilder CreateEvalBuilder(string[] args, (ExchangeMode Mode, string Directory)? exchanges)
    {
        var builder = CreateBuilder(args);
        if (exchanges is { } e)
        {
            builder.Services.AddModelExchanges(e.Mode, e.Directory);
        }

        return builder;
    }

    /// <summary>The host of the <c>run</c> verb: everything <see cref="CreateBuilder"/> registers, plus the Discord bot.</summary>
    public static HostApplicationBuilder CreateBotBuilder(string[] args, Action<IConfigurationBuilder>? overrides = null)
    {
        var builder = CreateBuilder(args, overrides);

        // A long-running bot reports its life (connected, commands registered, refreshes) where the CLI verbs keep
        // stderr to warnings; more specific categories in Logging:LogLevel still apply.
        builder.Logging.AddFilter("DealBot", LogLevel.Information);
        // Registered before the bot so that they stop after it: answers still finishing at shutdown get written.
        builder.Services.AddOperationsJobs();
        builder.Services.AddDiscordBot(builder.Configuration);
        builder.AddDealBotDefaults();
        return builder;
    }

    /// <summary>Checks settings and the store before a verb runs; a failure is a one-line message and exit code 2 or 1.</summary>
    public static async Task EnsureReadyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IOptions<VectorStoreOptions>>().Value;
        if (services.GetService<QdrantStartupCheck>() is { } qdrant)
        {
            await qdrant.EnsureReachableAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
