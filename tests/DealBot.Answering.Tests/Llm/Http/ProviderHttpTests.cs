using System.Text.Json;
using DealBot.Core.Answers;
using WireMock.ResponseBuilders;
using static DealBot.Answering.Tests.Llm.Http.ChatCompletionsWire;

namespace DealBot.Answering.Tests.Llm.Http;

/// <summary>
/// The LLM path over HTTP, for each provider the configuration supports: the real SDK clients and the resilient
/// HttpClient against a local server speaking the chat-completions wire format. No test needs a real key.
/// </summary>
public sealed class ProviderHttpTests
{
    private const string InvestQuestion = "How much will Nvidia invest in OpenAI?";
    private const string PerGigawattQuestion = "How much will Nvidia invest per gigawatt?";

    [Theory]
    [MemberData(nameof(ProviderCase.Names), MemberType = typeof(ProviderCase))]
    public async Task AnswerAsync_ModelCallsCalculator_ToolResultSentBackAndJsonAnswerAccepted(string name)
    {
        using var server = new ModelServer(ProviderCase.Named(name))
            .On(ModelServer.Json(Reply("Up to US$100 billion over at least 10 GW works out at US$10 billion per GW, as reported in September 2025.", "deal-structure-en/p0")), bodyContains: "tool_call_id", priority: 1)
            .On(ModelServer.Json(ToolCall("Calculator_PerUnit", new { amount = 100000000000m, count = 10, per = "GW", inputs = new[] { "deal-structure-en#nvidia-investment-total" } })));

        var answer = await server.AskAsync(PerGigawattQuestion);

        Assert.True(answer.Status == AnswerStatus.Answered, string.Join(" | ", answer.Trace!.Steps));
        Assert.Contains(answer.Trace.Steps, s => s.StartsWith("path: llm", StringComparison.Ordinal));
        Assert.StartsWith("Up to US$100 billion over at least 10 GW", answer.Text, StringComparison.Ordinal);
        var calculation = Assert.Single(answer.Calculations);
        Assert.Equal("1e10", calculation.Result);
        Assert.Equal(["deal-structure-en#nvidia-investment-total"], calculation.Inputs);
        Assert.Contains(answer.Trace.Steps, s => s.StartsWith("Calculator.PerUnit", StringComparison.Ordinal));
        Assert.Equal(2, server.Bodies.Count);
        Assert.Contains(Tools(server.Bodies[0]), t => t == "Calculator_PerUnit");
        var toolMessage = Messages(server.Bodies[1]).Single(m => m.GetProperty("role").GetString() == "tool");
        Assert.Equal("call_1", toolMessage.GetProperty("tool_call_id").GetString());
        Assert.Contains("1e10", toolMessage.GetProperty("content").ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Names), MemberType = typeof(ProviderCase))]
    public async Task AnswerAsync_AnyProvider_RequestGoesToItsUrlWithItsKeyHeaderAndModel(string name)
    {
        var provider = ProviderCase.Named(name);
        using var server = new ModelServer(provider)
            .On(ModelServer.Json(Reply("Nvidia plans to invest up to US$100 billion in OpenAI.", "deal-structure-en/p0")));

        var answer = await server.AskAsync(InvestQuestion);

        Assert.Contains(answer.Trace!.Steps, s => s.StartsWith("path: llm", StringComparison.Ordinal));
        var request = Assert.Single(server.Requests).RequestMessage;
        Assert.Equal(provider.ExpectedPath, request.Path);
        Assert.Equal("POST", request.Method);
        var keyHeader = request.Headers!.First(h => string.Equals(h.Key, provider.KeyHeader, StringComparison.OrdinalIgnoreCase)).Value.Single();
        if (provider.ExpectedKeyValue is { } expected)
        {
            Assert.Equal(expected, keyHeader);
        }
        else
        {
            Assert.DoesNotContain(ProviderCase.Key, keyHeader, StringComparison.Ordinal);
        }

        using var body = JsonDocument.Parse(request.Body!);
        if (provider.Provider == "azure-openai")
        {
            // Azure names the deployment in the path and the API version in the query.
            Assert.False(string.IsNullOrWhiteSpace(request.Query!["api-version"].Single()));
            Assert.False(request.Headers!.ContainsKey("Authorization"));
        }
        else
        {
            Assert.Equal(provider.Model, body.RootElement.GetProperty("model").GetString());
        }

        Assert.Equal("system", body.RootElement.GetProperty("messages")[0].GetProperty("role").GetString());
        Assert.Equal(InvestQuestion, Messages(request.Body!)[^1].GetProperty("content").ToString());
        Assert.Equal(0.1, body.RootElement.GetProperty("temperature").GetDouble(), 3);
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Names), MemberType = typeof(ProviderCase))]
    public async Task AnswerAsync_429WithRetryAfter_WaitsThenRetriesAndAnswers(string name)
    {
        using var server = new ModelServer(ProviderCase.Named(name))
            .On(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}"), scenario: "limited", nextState: "open")
            .On(ModelServer.Json(Reply("Nvidia plans to invest up to US$100 billion in OpenAI.", "deal-structure-en/p0")), scenario: "limited", whenState: "open");

        var answer = await server.AskAsync(InvestQuestion);

        Assert.True(answer.Trace!.Steps.Any(s => s.StartsWith("path: llm", StringComparison.Ordinal)), string.Join(" | ", answer.Trace.Steps));
        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(429, requests[0].ResponseMessage.StatusCode);
        var waited = requests[1].RequestMessage.DateTime - requests[0].RequestMessage.DateTime;
        Assert.True(waited >= TimeSpan.FromMilliseconds(900), $"The retry came {waited.TotalMilliseconds:0} ms after the 429 that asked for 1 s.");
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Names), MemberType = typeof(ProviderCase))]
    public async Task AnswerAsync_500EveryTime_RetriedThenOfflineAnswer(string name)
    {
        using var server = new ModelServer(ProviderCase.Named(name))
            .On(Response.Create().WithStatusCode(500).WithBody("{\"error\":{\"message\":\"The server had an error\"}}"));

        var answer = await server.AskAsync(InvestQuestion);

        AssertOfflineInvestmentAnswer(answer);
        Assert.Equal(3, server.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Names), MemberType = typeof(ProviderCase))]
    public async Task AnswerAsync_ModelTooSlow_AttemptsTimeOutThenOfflineAnswer(string name)
    {
        using var server = new ModelServer(ProviderCase.Named(name), attemptTimeout: TimeSpan.FromMilliseconds(250))
            .On(ModelServer.Json(Reply("Too late.", "deal-structure-en/p0")).WithDelay(TimeSpan.FromSeconds(4)));

        var answer = await server.AskAsync(InvestQuestion);

        AssertOfflineInvestmentAnswer(answer);
        Assert.DoesNotContain("Too late", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Names), MemberType = typeof(ProviderCase))]
    public async Task AnswerAsync_HttpBodyNotJson_OfflineAnswer(string name)
    {
        using var server = new ModelServer(ProviderCase.Named(name))
            .On(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<html><body>Gateway says hello</body></html>"));

        var answer = await server.AskAsync(InvestQuestion);

        AssertOfflineInvestmentAnswer(answer);
        Assert.Single(server.Requests);
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Names), MemberType = typeof(ProviderCase))]
    public async Task AnswerAsync_ReplyTextNotJsonTwice_RetriedOnceWithComplaintThenOfflineAnswer(string name)
    {
        using var server = new ModelServer(ProviderCase.Named(name))
            .On(ModelServer.Json(Text("Sure! Nvidia is investing a lot of money in OpenAI.")));

        var answer = await server.AskAsync(InvestQuestion);

        AssertOfflineInvestmentAnswer(answer);
        Assert.Equal(2, server.Bodies.Count);
        Assert.Contains("not the JSON object", Messages(server.Bodies[1])[^1].GetProperty("content").ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Names), MemberType = typeof(ProviderCase))]
    public async Task AnswerAsync_UngroundedNumberTwice_RetriedOnceThenOfflineAnswer(string name)
    {
        using var server = new ModelServer(ProviderCase.Named(name))
            .On(ModelServer.Json(Reply("Nvidia will invest $300 billion.", "deal-structure-en/p0")));

        var answer = await server.AskAsync(InvestQuestion);

        AssertOfflineInvestmentAnswer(answer);
        Assert.DoesNotContain("300", answer.Text, StringComparison.Ordinal);
        Assert.Equal(2, server.Bodies.Count);
        var retry = Messages(server.Bodies[1])[^1].GetProperty("content").ToString();
        Assert.Contains("$300 billion", retry, StringComparison.Ordinal);
        Assert.Contains(answer.Trace!.Steps, s => s.StartsWith("llm: attempt 2: Not grounded", StringComparison.Ordinal));
    }

    private static void AssertOfflineInvestmentAnswer(Answer answer)
    {
        Assert.True(answer.Trace!.Steps.Any(s => s.StartsWith("path: offline, replacing the LLM answer", StringComparison.Ordinal)), string.Join(" | ", answer.Trace.Steps));
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("US$100 billion", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.SourceId == "deal-structure-en");
    }

    private static JsonElement[] Messages(string body) =>
        [.. JsonDocument.Parse(body).RootElement.GetProperty("messages").EnumerateArray()];

    private static string[] Tools(string body) =>
        [.. JsonDocument.Parse(body).RootElement.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString()!)];
}
