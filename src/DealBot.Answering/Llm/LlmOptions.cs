using System.ComponentModel.DataAnnotations;

namespace DealBot.Answering.Llm;

/// <summary>
/// The <c>Llm</c> section: which model answers, if any. Model is required unless the provider is none; Endpoint is
/// required for azure-openai and openai-compatible; ApiKey for openai and azure-openai. Keep ApiKey in user-secrets or
/// the environment (<c>Llm__ApiKey</c>).
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    /// <summary>none, openai, azure-openai or openai-compatible.</summary>
    [Required]
    public string Provider { get; set; } = LlmProviders.None;

    /// <summary>Base URL of the API (the Azure resource, or e.g. http://localhost:11434/v1 for Ollama).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Model name, or the deployment name on Azure.</summary>
    public string? Model { get; set; }

    /// <summary>API key; optional for openai-compatible servers.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Timeout of one HTTP attempt to the model.</summary>
    [Range(5, 600)]
    public int AttemptTimeoutSeconds { get; set; } = 60;

    /// <summary>Tool-call rounds allowed per model request.</summary>
    [Range(1, 20)]
    public int MaxToolRounds { get; set; } = 6;

    /// <summary>True when a model is configured.</summary>
    public bool IsEnabled => !string.Equals(Provider, LlmProviders.None, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var provider = Provider?.Trim().ToLowerInvariant();
        if (provider is null || !LlmProviders.All.Contains(provider))
        {
            yield return new ValidationResult(
                $"Llm:Provider must be one of {string.Join(", ", LlmProviders.All)} (got '{Provider}').", [nameof(Provider)]);
            yield break;
        }

        if (provider != LlmProviders.None && string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult($"Llm:Model is required when Llm:Provider is {provider}.", [nameof(Model)]);
        }

        if (provider is LlmProviders.AzureOpenAI or LlmProviders.OpenAICompatible && Endpoint is null)
        {
            yield return new ValidationResult($"Llm:Endpoint is required when Llm:Provider is {provider}.", [nameof(Endpoint)]);
        }

        if (provider is LlmProviders.OpenAI or LlmProviders.AzureOpenAI && string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return new ValidationResult($"Llm:ApiKey is required when Llm:Provider is {provider} (set it with user-secrets or Llm__ApiKey).", [nameof(ApiKey)]);
        }
    }
}
