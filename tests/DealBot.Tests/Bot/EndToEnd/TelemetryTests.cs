using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>The spans and metrics of one answer, read with the in-memory exporter, and the health port's endpoints.</summary>
[Collection(BotCollection.Name)]
public sealed class TelemetryTests(KnowledgeSnapshot knowledge)
{
    [Fact]
    public async Task One_answer_yields_its_span_tree_under_the_gateway_event_and_its_metrics()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        var port = FreePort();
        await using var bot = await BotHarness.StartAsync(
            knowledge,
            _ => new Dictionary<string, string?> { ["Health:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(spans));
                services.ConfigureOpenTelemetryMeterProvider(b => b.AddInMemoryExporter(metrics));
            });
        await bot.WaitUntilReadyAsync();

        await bot.ReplyToAsync(bot.Community.Mention(bot.Community.Alice, "How much will Nvidia invest in OpenAI?"));
        await bot.WaitUntilIdleAsync();
        bot.Host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        bot.Host.Services.GetRequiredService<MeterProvider>().ForceFlush();

        List<Activity> recorded;
        lock (spans)
        {
            recorded = [.. spans];
        }

        var gateway = recorded.Single(s => s.DisplayName == "gateway MESSAGE_CREATE");
        var answer = recorded.Single(s => s.DisplayName == "answer" && s.ParentSpanId == gateway.SpanId);
        var beneath = recorded.Where(s => s.TraceId == answer.TraceId && IsBeneath(s, answer, recorded)).Select(s => s.DisplayName).ToList();
        Assert.Equal("answered", answer.GetTagItem("dealbot.status"));
        Assert.Equal("offline", answer.GetTagItem("dealbot.path"));
        Assert.Equal("en", answer.GetTagItem("dealbot.language"));
        Assert.Contains("analysis", beneath);
        Assert.Contains("retrieval", beneath);

        // Retrieval is a step beside analysis, not inside it.
        var spansOfAnswer = recorded.Where(s => s.TraceId == answer.TraceId).ToList();
        Assert.Equal(answer.SpanId, spansOfAnswer.Single(s => s.DisplayName == "analysis").ParentSpanId);
        Assert.Equal(answer.SpanId, spansOfAnswer.Single(s => s.DisplayName == "retrieval").ParentSpanId);
        Assert.Contains("composition", beneath);
        Assert.Contains("verification", beneath);
        Assert.Contains(recorded, s => s.Kind == ActivityKind.Client && s.ParentSpanId == gateway.SpanId && (string?)s.GetTagItem("http.request.method") == "POST");

        var answers = metrics.Where(m => m.Name == "dealbot.answers").SelectMany(Points).ToList();
        Assert.Contains(answers, p => p.Tags["status"] == "answered" && p.Tags["path"] == "offline" && p.Tags["language"] == "en" && p.Sum >= 1);
        Assert.Contains(metrics.Where(m => m.Name == "dealbot.answer.duration").SelectMany(Points), p => p.Count >= 1);

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var scrape = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Contains("dealbot_answers", scrape, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("discord-gateway", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interaction_token_never_reaches_an_exported_span()
    {
        var spans = new List<Activity>();
        await using var bot = await BotHarness.StartAsync(
            knowledge,
            _ => new Dictionary<string, string?>(),
            services => services.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(spans)));
        await bot.WaitUntilReadyAsync();

        var exchange = await bot.Fake.SendCommandAsync(bot.Community.Ask(bot.Community.Alice, "How much will Nvidia invest in OpenAI?"));
        await exchange.WaitForOriginalEditAsync(BotHarness.Patience);
        await bot.WaitUntilIdleAsync();
        bot.Host.Services.GetRequiredService<TracerProvider>().ForceFlush();

        List<Activity> recorded;
        lock (spans)
        {
            recorded = [.. spans];
        }

        // CallbackPath is /interactions/{id}/{token}/callback.
        var token = exchange.CallbackPath.Split('/')[3];
        var calls = recorded.Where(s => s.Kind == ActivityKind.Client).ToList();
        Assert.Contains(calls, s => ((string?)s.GetTagItem("url.full"))?.EndsWith("/interactions/{interaction_id}/{interaction_token}/callback", StringComparison.Ordinal) == true);
        Assert.Contains(calls, s => ((string?)s.GetTagItem("url.full"))?.EndsWith("/webhooks/{application_id}/{interaction_token}/messages/@original", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(recorded.SelectMany(s => s.TagObjects), t => t.Value?.ToString()?.Contains(token, StringComparison.Ordinal) == true);
    }

    private static bool IsBeneath(Activity span, Activity ancestor, List<Activity> all)
    {
        var parent = span.ParentSpanId;
        while (parent != default)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }

            parent = all.FirstOrDefault(s => s.SpanId == parent)?.ParentSpanId ?? default;
        }

        return false;
    }

    private static IEnumerable<(Dictionary<string, string?> Tags, double Sum, long Count)> Points(Metric metric)
    {
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            var tags = new Dictionary<string, string?>();
            foreach (var tag in point.Tags)
            {
                tags[tag.Key] = tag.Value?.ToString();
            }

            var sum = metric.MetricType switch
            {
                MetricType.LongSum => point.GetSumLong(),
                MetricType.Histogram => point.GetHistogramSum(),
                _ => 0,
            };
            yield return (tags, sum, metric.MetricType == MetricType.Histogram ? point.GetHistogramCount() : 0);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
