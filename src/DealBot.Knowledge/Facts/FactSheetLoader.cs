using System.Text.RegularExpressions;
using DealBot.Core.Facts;
using DealBot.Knowledge.Facts.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace DealBot.Knowledge.Facts;

/// <summary>
/// Reads the curated facts of a knowledge directory: <c>facts.yaml</c> (figures, timeline events, attributed views)
/// and <c>glossary.yaml</c> (entity names in both languages). Either file may be absent; its lists are then empty.
/// </summary>
/// <remarks>
/// A malformed file, a missing required field or an unknown value (kind, qualifier, stance, date) throws a
/// <see cref="FactSheetException"/> that names the file and line. Whether quotes match their articles is checked
/// separately, by <see cref="FactSheetValidator"/>, because it needs the articles.
/// </remarks>
public sealed partial class FactSheetLoader
{
    /// <summary>The file name of the figures, events and views.</summary>
    public const string FactsFileName = "facts.yaml";

    /// <summary>The file name of the glossary.</summary>
    public const string GlossaryFileName = "glossary.yaml";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithNodeDeserializer(inner => new LineTrackingNodeDeserializer(inner), s => s.InsteadOf<ObjectNodeDeserializer>())
        .WithDuplicateKeyChecking()
        .Build();

    /// <summary>Loads the fact sheet of <paramref name="knowledgeDirectory"/>.</summary>
    /// <exception cref="FactSheetException">A file is malformed or holds an unknown value.</exception>
    public async Task<FactSheet> LoadAsync(string knowledgeDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(knowledgeDirectory);

        var factsText = await ReadOptionalAsync(Path.Combine(knowledgeDirectory, FactsFileName), cancellationToken).ConfigureAwait(false);
        var glossaryText = await ReadOptionalAsync(Path.Combine(knowledgeDirectory, GlossaryFileName), cancellationToken).ConfigureAwait(false);

        return Parse(factsText, glossaryText);
    }

    /// <summary>Parses the texts of the two files (null or empty for an absent file).</summary>
    internal static FactSheet Parse(string? factsYaml, string? glossaryYaml)
    {
        var facts = Deserialize<FactsFileModel>(factsYaml, FactsFileName);
        var glossary = Deserialize<GlossaryFileModel>(glossaryYaml, GlossaryFileName);
        var mapper = new FactSheetMapper(FactsFileName, GlossaryFileName);

        return new FactSheet(
            mapper.MapFigures(facts?.Figures),
            mapper.MapEvents(facts?.Events),
            mapper.MapViews(facts?.Views),
            mapper.MapGlossary(glossary?.Glossary));
    }

    private static async Task<string?> ReadOptionalAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static T? Deserialize<T>(string? yaml, string file)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return null;
        }

        try
        {
            return Deserializer.Deserialize<T>(yaml);
        }
        catch (YamlException ex)
        {
            var line = ex.Start.Line > 0 ? (int?)ex.Start.Line : null;
            throw new FactSheetException(file, line, Describe(ex), ex);
        }
    }

    /// <summary>YamlDotNet's message without its position prefix and internal type names.</summary>
    private static string Describe(YamlException ex)
    {
        var inner = ex;
        while (inner.InnerException is YamlException deeper && string.IsNullOrWhiteSpace(StripPosition(inner.Message)))
        {
            inner = deeper;
        }

        var message = StripPosition(inner.Message);
        var unknownKey = UnknownPropertyPattern().Match(message);
        if (unknownKey.Success)
        {
            return $"unknown key '{unknownKey.Groups["key"].Value}'";
        }

        message = message.Replace("Exception during deserialization", string.Empty, StringComparison.Ordinal).Trim();
        return inner.InnerException switch
        {
            InvalidCastException => "a value has the wrong shape here (for example a single value where a list, or an { en, zh } mapping, is expected)",
            FormatException format => $"{message} {format.Message}".Trim(),
            YamlException or null when !string.IsNullOrWhiteSpace(message) => message,
            _ => "malformed YAML near this line (check brackets, quotes and indentation)",
        };
    }

    private static string StripPosition(string message) => PositionPattern().Replace(message, string.Empty).Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPattern();

    [GeneratedRegex(@"Property '(?<key>[^']+)' not found on type", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownPropertyPattern();
}
