namespace DealBot.Answering.Tests.Llm.Http;

/// <summary>
/// One way of configuring a model (<c>Llm:*</c>) against a server at a base URL, and where that provider's client
/// must send its chat completions: the path, and the header that carries the key.
/// </summary>
public sealed record ProviderCase(string Provider, string Model, string? ApiKey, string EndpointSuffix, string ExpectedPath, string KeyHeader, string? ExpectedKeyValue)
{
    public const string Key = "test-key-not-real";

    public static ProviderCase OpenAI { get; } = new("openai", "gpt-test", Key, "/v1", "/v1/chat/completions", "Authorization", "Bearer " + Key);

    /// <summary>Model is the deployment name, which goes into the path; the key goes into <c>api-key</c>.</summary>
    public static ProviderCase AzureOpenAI { get; } = new("azure-openai", "dealbot-deployment", Key, string.Empty, "/openai/deployments/dealbot-deployment/chat/completions", "api-key", Key);

    /// <summary>Ollama's /v1: no key configured; the client still sends a bearer header, which such servers ignore.</summary>
    public static ProviderCase OpenAICompatible { get; } = new("openai-compatible", "llama3.1", null, "/v1", "/v1/chat/completions", "Authorization", null);

    public static TheoryData<string> Names => ["openai", "azure-openai", "openai-compatible"];

    public static ProviderCase Named(string name) => name switch
    {
        "openai" => OpenAI,
        "azure-openai" => AzureOpenAI,
        "openai-compatible" => OpenAICompatible,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public Dictionary<string, string?> Settings(string baseUrl) => new()
    {
        ["Llm:Provider"] = Provider,
        ["Llm:Endpoint"] = baseUrl + EndpointSuffix,
        ["Llm:Model"] = Model,
        ["Llm:ApiKey"] = ApiKey,
    };

    public override string ToString() => Provider;
}
