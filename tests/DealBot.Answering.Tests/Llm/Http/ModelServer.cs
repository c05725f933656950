using DealBot.Answering.Llm;
using DealBot.Answering.Tests.Engine;
using DealBot.Core.Answers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace DealBot.Answering.Tests.Llm.Http;

/// <summary>
/// A local HTTP server speaking the chat-completions wire format for one provider, and the answer engine as the host
/// registers it (resilient HttpClient, SDK client, automatic tool calls) configured to use it. The retry delays of
/// the resilience handler are shortened so a test does not wait seconds between attempts; a Retry-After header
/// still counts in full.
/// </summary>
internal sealed class ModelServer : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public ModelServer(ProviderCase provider, TimeSpan? attemptTimeout = null, Action<IServiceCollection>? configure = null)
    {
        Provider = provider;
        Services = StubEngine.Provider(null, provider.Settings(_server.Urls[0]), configure: services =>
        {
            configure?.Invoke(services);
            services.Configure<HttpStandardResilienceOptions>(LlmChatClientFactory.HttpClientName + "-standard", o =>
            {
                o.Retry.Delay = TimeSpan.FromMilliseconds(20);
                o.Retry.UseJitter = false;
                if (attemptTimeout is { } timeout)
                {
                    o.AttemptTimeout.Timeout = timeout;
                }
            });
        });
    }

    public ProviderCase Provider { get; }

    public ServiceProvider Services { get; }

    public IAnswerService Engine => Services.GetRequiredService<IAnswerService>();

    /// <summary>Every request the server received, oldest first.</summary>
    public IReadOnlyList<ILogEntry> Requests => [.. _server.LogEntries.OrderBy(e => e.RequestMessage.DateTime)];

    /// <summary>Bodies of the requests sent to the chat-completions path.</summary>
    public IReadOnlyList<string> Bodies => [.. Requests.Where(r => r.RequestMessage.Path == Provider.ExpectedPath).Select(r => r.RequestMessage.Body ?? string.Empty)];

    /// <summary>Answers every chat-completions request that matches <paramref name="bodyContains"/> (any when null) with <paramref name="response"/>.</summary>
    public ModelServer On(IResponseBuilder response, string? bodyContains = null, int priority = 10, string? scenario = null, string? whenState = null, string? nextState = null)
    {
        var request = Request.Create().WithPath(Provider.ExpectedPath).UsingPost();
        if (bodyContains is not null)
        {
            request = request.WithBody(new WireMock.Matchers.WildcardMatcher("*" + bodyContains + "*"));
        }

        var mapping = _server.Given(request).AtPriority(priority);
        if (scenario is not null)
        {
            mapping = whenState is null ? mapping.InScenario(scenario) : mapping.InScenario(scenario).WhenStateIs(whenState);
            if (nextState is not null)
            {
                mapping = mapping.WillSetStateTo(nextState);
            }
        }

        mapping.RespondWith(response);
        return this;
    }

    /// <summary>A 200 with a chat-completions body.</summary>
    public static IResponseBuilder Json(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);

    public Task<Answer> AskAsync(string question) => Engine.AnswerAsync(new Question(question, Trace: true));

    public void Dispose()
    {
        Services.Dispose();
        _server.Stop();
        _server.Dispose();
    }
}
