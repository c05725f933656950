using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DealBot.Tests.Telemetry.Run;

/// <summary>
/// An OpenAI-compatible model on 127.0.0.1 (<c>Llm:Provider=openai-compatible</c>) that answers the per-gigawatt
/// question the way the recorded exchange <c>llm-per-gw</c> did: first a call to Calculator_PerUnit, then, once the
/// tool's result comes back, the answer citing the passage the figures are quoted from.
/// </summary>
internal sealed class FakeChatModel : IAsyncDisposable
{
    public const string Question = "How much will Nvidia invest per gigawatt?";
    public const string AnswerText = "Up to US$100 billion over at least 10 GW works out at US$10 billion per GW, as reported in September 2025.";

    private readonly WebApplication _app;
    private int _requests;

    private FakeChatModel(WebApplication app) => _app = app;

    /// <summary>The value for <c>Llm:Endpoint</c>.</summary>
    public string Endpoint => _app.Urls.First() + "/v1";

    /// <summary>How many chat completions were asked for.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public static async Task<FakeChatModel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var model = new FakeChatModel(builder.Build());
        model._app.MapPost("/v1/chat/completions", model.CompleteAsync);
        await model._app.StartAsync();
        return model;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> CompleteAsync(HttpRequest request)
    {
        Interlocked.Increment(ref _requests);
        using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        var toolAnswered = body.RootElement.GetProperty("messages").EnumerateArray()
            .Any(m => m.GetProperty("role").GetString() == "tool");
        var message = toolAnswered
            ? (object)new { role = "assistant", content = JsonSerializer.Serialize(new { status = "answered", answer = AnswerText, citations = new[] { "deal-structure-en/p0" } }) }
            : new
            {
                role = "assistant",
                content = (string?)null,
                tool_calls = new[]
                {
                    new
                    {
                        id = "call_1",
                        type = "function",
                        function = new
                        {
                            name = "Calculator_PerUnit",
                            arguments = JsonSerializer.Serialize(new { amount = 100000000000m, count = 10, per = "GW", inputs = new[] { "deal-structure-en#nvidia-investment-total" } }),
                        },
                    },
                },
            };
        return Results.Json(new
        {
            id = "chatcmpl-run",
            @object = "chat.completion",
            created = 1758585600,
            model = "test-model",
            choices = new[] { new { index = 0, message, finish_reason = toolAnswered ? "stop" : "tool_calls" } },
            usage = new { prompt_tokens = 100, completion_tokens = 20, total_tokens = 120 },
        });
    }
}
