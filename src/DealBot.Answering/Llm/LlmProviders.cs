namespace DealBot.Answering.Llm;

/// <summary>The values of <c>Llm:Provider</c>.</summary>
public static class LlmProviders
{
    /// <summary>No model: the offline composer answers.</summary>
    public const string None = "none";

    /// <summary>OpenAI's API (Endpoint optional).</summary>
    public const string OpenAI = "openai";

    /// <summary>An Azure OpenAI resource; Model is the deployment name.</summary>
    public const string AzureOpenAI = "azure-openai";

    /// <summary>An OpenAI-compatible server: Ollama, vLLM, LM Studio (Endpoint required, ApiKey optional).</summary>
    public const string OpenAICompatible = "openai-compatible";

    /// <summary>All accepted values.</summary>
    public static IReadOnlyList<string> All { get; } = [None, OpenAI, AzureOpenAI, OpenAICompatible];
}
