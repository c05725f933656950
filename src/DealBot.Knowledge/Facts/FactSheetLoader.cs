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
    /// <exception cref="FactSheetException">A file is malformed, holds an unknown value or cannot be read.</exception>
    public async Task<FactSheet> LoadAsync(string knowledgeDirectory, CancellationToken cancellationToken = default) =>
        (await ReadSourceAsync(knowledgeDirectory, cancellationToken).ConfigureAwait(false)).Sheet;

    /// <summary>Loads the fact sheet of <paramref name="knowledgeDirectory"/> together with the texts it was parsed from.</summary>
    /// <exception cref="FactSheetException">A file is malformed, holds an unknown value or cannot be read.</exception>
    public async Task<FactSheetSource> ReadSourceAsync(string knowledgeDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(knowledgeDirectory);

        var factsText = await ReadOptionalAsync(Path.Combine(knowledgeDirectory, FactsFileName), FactsFileName, cancellationToken).ConfigureAwait(false);
        var glossaryText = await ReadOptionalAsync(Path.Combine(knowledgeDirectory, GlossaryFileName), GlossaryFileName, cancellationToken).ConfigureAwait(false);

        return new FactSheetSource(Parse(factsText, glossaryText), factsText, glossaryText);
    }

    /// <summary>Parses the texts of the two files (null or empty for an absent file).</summary>
    internal static FactSheet Parse(string? factsYaml, string? glossaryYaml)
    {
        var mapper = new FactSheetMapper(FactsFileName, GlossaryFileName);
        var facts = Guarded(FactsFileName, () =>
        {
            var model = Deserialize<FactsFileModel>(factsYaml, FactsFileName);
            return (Figures: mapper.MapFigures(model?.Figures), Events: mapper.MapEvents(model?.Events), Views: mapper.MapViews(model?.Views));
        });
        var glossary = Guarded(GlossaryFileName, () => mapper.MapGlossary(Deserialize<GlossaryFileModel>(glossaryYaml, GlossaryFileName)?.Glossary));

        return new FactSheet(facts.Figures, facts.Events, facts.Views, glossary);
    }

    // Whatever a malformed file makes the parser throw, the moderator gets the file's name and a one-line reason.
    private static T Guarded<T>(string file, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (FactSheetException)
        {
            throw;
        }
#pragma warning disable CA1031 // Any other fault of a moderator's file is reported as that file's problem.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw new FactSheetException(file, null, $"the file could not be read: {ex.Message.ReplaceLineEndings(" ")} ({ex.GetType().Name})", ex);
        }
    }

    private static async Task<string?> ReadOptionalAsync(string path, string file, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FactSheetException(file, null, $"the file cannot be read: {ex.Message}", ex);
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
