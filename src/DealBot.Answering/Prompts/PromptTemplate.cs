using System.Text;
using System.Text.RegularExpressions;

namespace DealBot.Answering.Prompts;

/// <summary>One prompt of the prompt directory: its template and what its config.json declares.</summary>
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
    /// <summary>
    /// Replaces each <c>{{$name}}</c> by its value. Values go in verbatim (no HTML encoding: passages keep their
    /// quotes); a variable the template uses but the caller does not give is an error, not an empty string.
    /// </summary>
    public string Render(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var missing = new List<string>();
        var rendered = Variable().Replace(Template, m =>
        {
            var name = m.Groups["name"].Value;
            if (values.TryGetValue(name, out var value) && value is not null)
            {
                return value;
            }

            missing.Add(name);
            return m.Value;
        });

        return missing.Count == 0
            ? rendered
            : throw new PromptNotFoundException($"Prompt '{Name}' needs the variable(s) {string.Join(", ", missing.Distinct().Select(v => "$" + v))}, which were not given.");
    }

    /// <summary>The variables the template uses.</summary>
    public IReadOnlyList<string> UsedVariables() =>
        [.. Variable().Matches(Template).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\{\s*\$(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();
}
