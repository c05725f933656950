using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DealBot.Answering.Llm.Exchanges;

/// <summary>
/// A folder of recorded exchanges, one JSON file per question, named after the question's id in the expectation file
/// ("calc-per-gw.json"), so a re-recording rewrites the same files and a diff shows what changed.
/// </summary>
public sealed class ExchangeDirectory(string path)
{
    private const int MaxNameLength = 80;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>
    /// The file name for a question id: the id in lower case with anything but letters, digits, '-', '_' and '.' made
    /// a '-'; when that changed the id, a short hash of the id is added so two ids never share a file.
    /// </summary>
    public static string FileName(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var slug = new StringBuilder();
        foreach (var c in id.Trim().ToLowerInvariant())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        var name = slug.ToString().Trim('.', '-');
        if (name.Length > MaxNameLength)
        {
            name = name[..MaxNameLength];
        }

        if (name.Length == 0 || name != id)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..8];
            name = name.Length == 0 ? "question-" + hash : $"{name}-{hash}";
        }

        return name + ".json";
    }

    public string FileOf(string id) => System.IO.Path.Combine(Path, FileName(id));

    /// <summary>The recording of the question <paramref name="id"/>, or null when there is none.</summary>
    /// <exception cref="ModelReplayException">The file is not a recording.</exception>
    public async Task<QuestionRecording?> ReadAsync(string id, CancellationToken cancellationToken = default)
    {
        var file = FileOf(id);
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(file);
            return await JsonSerializer.DeserializeAsync<QuestionRecording>(stream, Json, cancellationToken).ConfigureAwait(false)
                ?? throw new ModelReplayException($"{file} is not a recording of model exchanges");
        }
        catch (JsonException ex)
        {
            throw new ModelReplayException($"{file} is not a recording of model exchanges: {ex.Message}", ex);
        }
    }

    public async Task WriteAsync(QuestionRecording recording, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recording);
        Directory.CreateDirectory(Path);

        // Lines end in \n on every platform, so a recording made on one diffs cleanly on another.
        var text = JsonSerializer.Serialize(recording, Json).ReplaceLineEndings("\n") + "\n";
        await File.WriteAllTextAsync(FileOf(recording.Id), text, cancellationToken).ConfigureAwait(false);
    }
}
