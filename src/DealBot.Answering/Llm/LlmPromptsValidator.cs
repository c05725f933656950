using DealBot.Answering.Prompts;
using Microsoft.Extensions.Options;

namespace DealBot.Answering.Llm;

/// <summary>
/// When a model is configured, loads the prompts the answerer sends (compiled by Semantic Kernel, every variable the
/// template uses declared in config.json) as part of validating <c>Llm</c> at start, so a missing prompt, a broken
/// config.json or an undeclared variable stops the host with one clear line instead of failing the first question.
/// </summary>
internal sealed class LlmPromptsValidator(PromptLibrary prompts) : IValidateOptions<LlmOptions>
{
    /// <summary>The prompts of the LLM path, as plugin/function.</summary>
    public static IReadOnlyList<(string Plugin, string Function)> Required { get; } = [("Answer", "System"), ("Answer", "Sources"), ("Answer", "Retry")];

    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        foreach (var (plugin, function) in Required)
        {
            try
            {
                prompts.Get(plugin, function);
            }
            catch (PromptNotFoundException ex)
            {
                failures.Add(ex.Message);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
