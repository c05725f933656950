using Microsoft.Extensions.Options;

namespace DealBot.Answering.Llm;

/// <summary>Validates <see cref="LlmOptions"/> at start (generated: the data annotations and <c>Validate</c>).</summary>
[OptionsValidator]
public sealed partial class LlmOptionsValidator : IValidateOptions<LlmOptions>;
