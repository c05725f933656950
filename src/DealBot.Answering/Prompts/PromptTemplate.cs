using System.Text.RegularExpressions;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Prompts;

/// <summary>
/// One prompt of the prompt directory: its template, what its config.json declares, and the template as Semantic
/// Kernel's prompt template factory compiled it.
/// </summary>
/// <param name="Name">"Answer/System".</param>
/// <param name="Template">The text of skprompt.txt.</param>
/// <param name="Description">The config's description.</param>
/// <param name="Variables">The declared input variables.</param>
/// <param name="Temperature">The default execution settings' temperature, when set.</param>
public sealed partial record PromptTemplate(
    string Name,
    string Template,
    string Description,
    IReadOnlyList<string> Variables,
    double? Temperature)
{
    internal IPromptTemplate? Compiled { get; init; }

    /// <summary>
    /// Renders the template with Semantic Kernel. Each value is inserted as text after the template is parsed, so
    /// template syntax inside a value (a question or passage holding <c>{{$fence}}</c>) stays literal. A variable
    /// the template uses but the caller does not give, or a value for a variable the config does not declare, is
    /// an error naming it, not an empty string.
    /// </summary>
    /// <exception cref="PromptNotFoundException">A variable is missing or undeclared.</exception>
    public async Task<string> RenderAsync(IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var missing = UsedVariables().Where(v => !values.TryGetValue(v, out var value) || value is null).ToList();
        if (missing.Count > 0)
        {
            throw new PromptNotFoundException($"Prompt '{Name}' needs the variable(s) {string.Join(", ", missing.Select(v => "$" + v))}, which were not given.");
        }

        var undeclared = values.Keys.Except(Variables, StringComparer.Ordinal).ToList();
        if (undeclared.Count > 0)
        {
            throw new PromptNotFoundException($"Prompt '{Name}' was given {string.Join(", ", undeclared.Select(v => "$" + v))}, which its config.json does not declare in input_variables.");
        }

        var compiled = Compiled ?? throw new InvalidOperationException($"Prompt '{Name}' was not compiled by the prompt library.");
        var arguments = new KernelArguments();
        foreach (var (name, value) in values)
        {
            arguments[name] = value;
        }

        // Rendering sees an empty kernel: a template cannot call a plugin, whatever its text says.
        return await compiled.RenderAsync(new Kernel(), arguments, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The variables the template uses.</summary>
    public IReadOnlyList<string> UsedVariables() =>
        [.. Variable().Matches(Template).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\{\s*\$(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();
}
