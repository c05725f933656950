using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using DealBot.Answering.Llm.Exchanges;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;

namespace DealBot.Answering.Llm;

/// <summary>
/// Creates the <see cref="IChatClient"/> for <c>Llm:Provider</c>: the OpenAI client for openai and
/// openai-compatible servers (custom endpoint), the Azure OpenAI client for azure-openai; each sends its HTTP through
/// the resilient <see cref="HttpClientName"/> client and is wrapped with automatic function invocation (and, when
/// exchanges are recorded, a recorder under it).
/// </summary>
public sealed class LlmChatClientFactory(IOptions<LlmOptions> options, IHttpClientFactory httpClients, ILoggerFactory? loggerFactory = null, ModelExchangeRecorder? recorder = null)
{
    /// <summary>The named HttpClient that carries model calls (with the standard resilience handler).</summary>
    public const string HttpClientName = "DealBot.Llm";

    // Servers that need no key still want the header; any non-empty value will do.
    private const string NoKey = "unused";

    /// <summary>The chat client, or null when the provider is none.</summary>
    public IChatClient? Create()
    {
        var o = options.Value;
        if (!o.IsEnabled)
        {
            return null;
        }

        var transport = new HttpClientPipelineTransport(httpClients.CreateClient(HttpClientName));

        // Retries belong to the resilience handler; the SDK's own retry policy would multiply them.
        var noRetry = new ClientRetryPolicy(maxRetries: 0);
        var provider = o.Provider.Trim().ToLowerInvariant();
        var inner = provider switch
        {
            LlmProviders.AzureOpenAI => new AzureOpenAIClient(
                    o.Endpoint!,
                    new ApiKeyCredential(o.ApiKey!),
                    new AzureOpenAIClientOptions { Transport = transport, RetryPolicy = noRetry })
                .GetChatClient(o.Model!)
                .AsIChatClient(),
            _ => new OpenAIClient(
                    new ApiKeyCredential(string.IsNullOrWhiteSpace(o.ApiKey) ? NoKey : o.ApiKey),
                    new OpenAIClientOptions { Endpoint = o.Endpoint, Transport = transport, RetryPolicy = noRetry })
                .GetChatClient(o.Model!)
                .AsIChatClient(),
        };

        // Under the tool-calling layer, so each call of the model is one recorded exchange.
        return WithTools(recorder?.Wrap(inner) ?? inner, o.MaxToolRounds, loggerFactory);
    }

    /// <summary>Wraps <paramref name="inner"/> so that the tools passed in <see cref="ChatOptions.Tools"/> are invoked automatically.</summary>
    public static IChatClient WithTools(IChatClient inner, int maxToolRounds = 6, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return inner.AsBuilder()
            .UseFunctionInvocation(loggerFactory, client =>
            {
                client.MaximumIterationsPerRequest = maxToolRounds;

                // The model must see why a tool call failed (a CalculationException's message) to correct it.
                client.IncludeDetailedErrors = true;
            })
            .Build();
    }
}
