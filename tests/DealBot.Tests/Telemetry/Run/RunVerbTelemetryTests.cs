using System.Net.WebSockets;
using DealBot.Discord.Testing;
using DealBot.Tests.Bot.EndToEnd;

namespace DealBot.Tests.Telemetry.Run;

/// <summary>
/// <c>dealbot run</c> in a process of its own, configured as an operator would (environment variables only), against
/// the fake Discord, a fake OpenAI-compatible model and an OTLP collector: one question asked in a channel yields the
/// answer's span tree over OTLP and its metrics on the health port's <c>/metrics</c>.
/// </summary>
[Collection(BotCollection.Name)]
public sealed class RunVerbTelemetryTests(KnowledgeSnapshot knowledge)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Run_OneQuestionInAChannel_ExportsTheAnswerSpanTreeAndServesItsMetrics()
    {
        await using var model = await FakeChatModel.StartAsync();
        await using var collector = await OtlpCollector.StartAsync();
        await using var discord = await FakeDiscordServer.StartAsync();
        var community = new FakeCommunity(discord.Ids, discord.Gateway.BotUser);
        discord.Gateway.Guilds.Add(community.Guild);
        using var workspace = knowledge.NewWorkspace();
        var healthPort = DealBotRunProcess.FreePort();
        using var bot = DealBotRunProcess.Start(workspace, new Dictionary<string, string?>
        {
            ["Discord:Token"] = BotHarness.Token,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Health:Port"] = healthPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Llm:Provider"] = "openai-compatible",
            ["Llm:Endpoint"] = model.Endpoint,
            ["Llm:Model"] = "test-model",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });

        var reply = await AskAsync(discord, community, bot);

        Assert.Contains("US$10 billion per GW", reply.Content, StringComparison.Ordinal);
        var spans = await collector.WaitForSpansAsync(
            all => all.Any(s => s.Name == "answer") && all.Any(s => s.Name == "gateway MESSAGE_CREATE"), "the answer's spans were exported", Patience);
        var gateway = spans.Single(s => s.Name == "gateway MESSAGE_CREATE");
        var answer = spans.Single(s => s.Name == "answer");
        Assert.Equal(ExportedSpanKind.Consumer, gateway.Kind);
        Assert.Equal(gateway.SpanId, answer.ParentSpanId);
        Assert.Equal(("answered", "llm", "en"), (answer.Attribute("dealbot.status"), answer.Attribute("dealbot.path"), answer.Attribute("dealbot.language")));
        var ofAnswer = spans.Where(s => IsBeneath(s, answer, spans)).ToList();
        Assert.Equal(answer.SpanId, ofAnswer.Single(s => s.Name == "analysis").ParentSpanId);
        Assert.Equal(answer.SpanId, Assert.Single(ofAnswer, s => s.Name == "retrieval").ParentSpanId);
        Assert.Equal("llm", Assert.Single(ofAnswer, s => s.Name == "composition").Attribute("dealbot.path"));
        Assert.Equal("Calculator.PerUnit", Assert.Single(ofAnswer, s => s.Name == "tool Calculator.PerUnit").Attribute("dealbot.tool"));
        Assert.Contains(ofAnswer, s => s.Name == "verification");
        Assert.Equal(2, model.Requests);

        // The model's calls and the reply to Discord are HTTP client spans of the same trace.
        Assert.Contains(spans, s => s.Kind == ExportedSpanKind.Client && s.TraceId == gateway.TraceId && s.Attribute("url.full")?.StartsWith(model.Endpoint, StringComparison.Ordinal) == true);
        Assert.Contains(spans, s => s.Kind == ExportedSpanKind.Client && s.ParentSpanId == gateway.SpanId && s.Attribute("http.request.method") == "POST");

        var scrape = await ScrapeAsync(healthPort);
        var answers = Assert.Single(PrometheusText.Samples(scrape, "dealbot_answers_total"));
        Assert.Equal(("answered", "llm", "en"), (answers.Labels["status"], answers.Labels["path"], answers.Labels["language"]));
        Assert.Equal(1, answers.Value);
        var latency = Assert.Single(PrometheusText.Samples(scrape, "dealbot_answer_duration_seconds_count"));
        Assert.Equal(("answered", "llm", "en", 1d), (latency.Labels["status"], latency.Labels["path"], latency.Labels["language"], latency.Value));
        Assert.Contains(PrometheusText.Samples(scrape, "dealbot_answer_duration_seconds_bucket"), b => b.Labels["le"] == "+Inf" && b.Value == 1);
        Assert.False(bot.HasExited, bot.Errors);
    }

    private static async Task<CreatedMessage> AskAsync(FakeDiscordServer discord, FakeCommunity community, DealBotRunProcess bot)
    {
        try
        {
            var connection = await discord.Gateway.NextConnectionAsync(Patience);
            await connection.WaitForOpAsync(2, Patience);
            await discord.Rest.WaitForRequestsAsync(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal), timeout: Patience);
            var message = community.Mention(community.Alice, FakeChatModel.Question);
            MessageExchange asked;
            try
            {
                asked = await discord.SendMessageAsync(message, connection);
            }
            catch (WebSocketException)
            {
                // Under load the bot may drop its first connection (a heartbeat ack read late) before the message goes
                // out; it connects again, and the member's message arrives there.
                var next = await discord.Gateway.NextConnectionAsync(Patience);
                await next.WaitForFrameAsync(_ => next.Frames.Any(f => f.Op is 2 or 6), Patience);
                asked = await discord.SendMessageAsync(message, next);
            }

            return await asked.WaitForReplyAsync(Patience);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}; the bot {(bot.HasExited ? "exited" : "is running")} and logged:\n{bot.Errors}", ex);
        }
    }

    private static async Task<string> ScrapeAsync(int port)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        return await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
    }

    private static bool IsBeneath(ExportedSpan span, ExportedSpan ancestor, IReadOnlyList<ExportedSpan> all)
    {
        var parent = span.ParentSpanId;
        while (parent.Length > 0)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }

            parent = all.FirstOrDefault(s => s.SpanId == parent)?.ParentSpanId ?? string.Empty;
        }

        return false;
    }
}
