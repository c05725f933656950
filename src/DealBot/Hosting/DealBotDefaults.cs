using DealBot.Core.Answers;
using DealBot.Core.Diagnostics;
using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Discord;
using DealBot.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DealBot.Hosting;

/// <summary>
/// The service defaults of the running bot, in one place as eShop's ServiceDefaults has them: OpenTelemetry traces
/// and metrics (the bot's, the transport's, HttpClient's and the runtime's), OTLP export when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and the Prometheus exporter for <c>/metrics</c> on the health port.
/// The CLI verbs do not call it: they start faster without it.
/// </summary>
internal static class DealBotDefaults
{
    public static HostApplicationBuilder AddDealBotDefaults(this HostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.SectionName));
        builder.Services.DecorateTelemetry();
        if (!settings.Enabled)
        {
            return builder;
        }

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "dealbot"))
            .WithTracing(tracing => tracing
                .AddSource(AnswerActivities.SourceName, BotActivities.SourceName)
                .AddHttpClientInstrumentation(http => http.EnrichWithHttpRequestMessage = HttpClientSpans.Enrich))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(DealBotMetrics.MeterName, DiscordMetrics.MeterName)
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (settings.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    // The answer engine, retrieval and refreshes, wrapped where their spans and counts begin.
    private static void DecorateTelemetry(this IServiceCollection services)
    {
        services.Decorate<IAnswerService>((sp, inner) => new InstrumentedAnswerService(inner, sp.GetRequiredService<DealBotMetrics>(), sp.GetRequiredService<TimeProvider>()));
        services.Decorate<IKnowledgeSearch>((_, inner) => new InstrumentedKnowledgeSearch(inner));
        services.Decorate<IKnowledgeRefresher>((sp, inner) => new InstrumentedRefresher(inner, sp.GetRequiredService<DealBotMetrics>(), sp.GetRequiredService<TimeProvider>()));
    }

    private static void Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(TService));
        if (original is null)
        {
            return;
        }

        services.Remove(original);
        services.Add(ServiceDescriptor.Describe(typeof(TService), sp => decorate(sp, (TService)Create(sp, original)), original.Lifetime));
    }

    private static object Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
