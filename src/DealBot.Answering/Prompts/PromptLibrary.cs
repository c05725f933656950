using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Prompts;

/// <summary>
/// Loads prompts from Semantic Kernel's prompt-directory layout (<c>&lt;Plugin&gt;/&lt;Function&gt;/skprompt.txt</c> and
/// <c>config.json</c>) and compiles them with Semantic Kernel's prompt template factory. Files are read on first use
/// and kept for the life of the process, so a changed prompt takes effect on restart, without a rebuild, or at once
/// after <see cref="Reload"/> (<c>chat --watch</c>).
/// </summary>
public sealed class PromptLibrary
{
    private static readonly KernelPromptTemplateFactory Factory = new();
    private readonly ConcurrentDictionary<string, PromptTemplate> _loaded = new(StringComparer.OrdinalIgnoreCase);

    public PromptLibrary(IOptions<PromptOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory = Resolve(options.Value.Directory);
    }

    /// <summary>The resolved prompt directory.</summary>
    public string Directory { get; }

    /// <summary>The prompt <paramref name="plugin"/>/<paramref name="function"/>.</summary>
    /// <exception cref="PromptNotFoundException">The prompt's files are missing or unreadable.</exception>
    public PromptTemplate Get(string plugin, string function) =>
        _loaded.GetOrAdd($"{plugin}/{function}", _ => Load(plugin, function));

    /// <summary>
    /// Forgets the prompts read so far: each is read and compiled again from the directory when next used. A render
    /// already under way keeps the template it started with.
    /// </summary>
    public void Reload() => _loaded.Clear();

    /// <summary>Renders the prompt with <paramref name="values"/> (see <see cref="PromptTemplate.RenderAsync"/>).</summary>
    public Task<string> RenderAsync(string plugin, string function, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default) =>
        Get(plugin, function).RenderAsync(values, cancellationToken);

    private PromptTemplate Load(string plugin, string function)
    {
        var folder = Path.Combine(Directory, plugin, function);
        var templateFile = Path.Combine(folder, "skprompt.txt");
        var configFile = Path.Combine(folder, "config.json");
        if (!File.Exists(templateFile) || !File.Exists(configFile))
        {
            throw new PromptNotFoundException(
                $"Prompt '{plugin}/{function}' not found: expected skprompt.txt and config.json in '{folder}' (set Prompts:Directory to the prompts folder).");
        }

        try
        {
            var template = File.ReadAllText(templateFile);
            var config = PromptTemplateConfig.FromJson(File.ReadAllText(configFile));
            config.Template = template;
            config.Name ??= function;
            var temperature = config.DefaultExecutionSettings?.ExtensionData?.TryGetValue("temperature", out var t) == true ? ToDouble(t) : null;
            var prompt = new PromptTemplate(
                $"{plugin}/{function}",
                template,
                config.Description ?? string.Empty,
                [.. config.InputVariables.Select(v => v.Name)],
                temperature)
            {
                Compiled = Factory.Create(config),
            };

            var undeclared = prompt.UsedVariables().Except(prompt.Variables, StringComparer.Ordinal).ToList();
            return undeclared.Count == 0
                ? prompt
                : throw new PromptNotFoundException($"Prompt '{plugin}/{function}' uses {string.Join(", ", undeclared.Select(v => "$" + v))} without declaring it in config.json input_variables.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or ArgumentException or KernelException)
        {
            throw new PromptNotFoundException($"Prompt '{plugin}/{function}' in '{folder}' cannot be read: {ex.Message}", ex);
        }
    }

    private static double? ToDouble(object? value) => value switch
    {
        double d => d,
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        IConvertible c => c.ToDouble(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, configured);
                if (System.IO.Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath(configured);
    }
}
