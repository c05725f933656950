using DealBot.Discord.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DealBot.Tests.Telemetry.Run;

/// <summary>
/// An OpenTelemetry collector on 127.0.0.1 speaking OTLP over HTTP with protobuf (<c>OTEL_EXPORTER_OTLP_PROTOCOL=
/// http/protobuf</c>): it keeps the spans posted to <c>/v1/traces</c> and accepts metrics and logs without reading them.
/// </summary>
internal sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<ExportedSpan> _spans = [];

    private OtlpCollector(WebApplication app) => _app = app;

    /// <summary>The value for <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public string Endpoint => _app.Urls.First();

    public IReadOnlyList<ExportedSpan> Spans
    {
        get { lock (_spans) { return [.. _spans]; } }
    }

    public static async Task<OtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var collector = new OtlpCollector(builder.Build());
        collector._app.MapPost("/v1/traces", collector.ReceiveTracesAsync);
        collector._app.MapPost("/v1/metrics", () => Results.Bytes([], "application/x-protobuf"));
        collector._app.MapPost("/v1/logs", () => Results.Bytes([], "application/x-protobuf"));
        await collector._app.StartAsync();
        return collector;
    }

    /// <summary>Waits until the spans received so far satisfy <paramref name="condition"/>, and returns them.</summary>
    public async Task<IReadOnlyList<ExportedSpan>> WaitForSpansAsync(Func<IReadOnlyList<ExportedSpan>, bool> condition, string because, TimeSpan timeout)
    {
        await Eventually.WaitUntilAsync(() => condition(Spans), because, timeout);
        return Spans;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveTracesAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        var spans = OtlpTraceRequest.Spans(body.ToArray());
        lock (_spans)
        {
            _spans.AddRange(spans);
        }

        // An empty ExportTraceServiceResponse: everything was accepted.
        return Results.Bytes([], "application/x-protobuf");
    }
}
