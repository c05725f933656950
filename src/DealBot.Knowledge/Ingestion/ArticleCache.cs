using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Knowledge.Sparse;
using DealBot.Knowledge.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// What a refresh made of each article, kept in the data directory so that the next refresh does not cut, rewrite or
/// analyse again an article that did not change: its passages, the text each is embedded from and each one's term
/// counts, in one <see cref="ChecksummedFile"/> per article named after its key. The key is a hash of everything those
/// depend on (the pipeline version, the passage length, the glossary, the document), and the file repeats it. Only ever
/// an optimisation: a file that is missing, damaged or holds another key is a miss (one log line for damage), and the
/// article is prepared again and its file rewritten; a file that cannot be written costs the next refresh the same.
/// </summary>
internal sealed partial class ArticleCache(KnowledgePaths paths, IOptions<KnowledgeOptions> options, ILogger<ArticleCache> logger)
{
    private const int Magic = 0x41434244; // "DBCA"
    private const int FormatVersion = 1;
    private const string Kind = "a cached article";
    private const string Extension = ".bin";

    // A draft's embedding input (one byte at least), then a length and a count of terms.
    private const int MinPassageBytes = PassageCodec.MinPassageBytes + 1 + 4 + 4;
    private const int TermBytes = sizeof(uint) + sizeof(int);

    /// <summary>A hash of the glossary entries as the analyser and the name rewriting read them.</summary>
    public static string GlossaryHashOf(IReadOnlyList<GlossaryEntry> glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        var text = new StringBuilder();
        foreach (var entry in glossary)
        {
            Field(text, entry.Id);
            Field(text, entry.Kind);
            Field(text, entry.Represents);
            foreach (var names in new[] { entry.English, entry.Chinese, entry.Aliases })
            {
                text.Append(names.Count.ToString(CultureInfo.InvariantCulture)).Append('|');
                foreach (var name in names)
                {
                    Field(text, name);
                }
            }
        }

        return Hash(text);
    }

    /// <summary>The key of <paramref name="document"/> as this pipeline prepares it with the glossary of <paramref name="glossaryHash"/>.</summary>
    public string KeyOf(SourceDocument document, string glossaryHash)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        Field(text, KnowledgeRefresher.PipelineVersion);
        Field(text, options.Value.TargetPassageChars.ToString(CultureInfo.InvariantCulture));
        Field(text, glossaryHash);
        Field(text, document.SourceId);
        Field(text, document.Title);
        Field(text, document.Language);
        Field(text, document.Published?.ToString("O", CultureInfo.InvariantCulture));
        Field(text, document.Text);
        return Hash(text);
    }

    /// <summary>The passages cached under <paramref name="key"/>; null when there are none to trust.</summary>
    public async Task<IReadOnlyList<AnalyzedPassage>?> TryLoadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        try
        {
            using var reader = await ChecksummedFile.OpenAsync(path, Magic, FormatVersion, Kind, cancellationToken).ConfigureAwait(false);
            return Read(reader, key);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (DamagedFileException ex)
        {
            LogDiscarded(ex.Message);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogDiscarded($"{Path.GetFileName(path)}: {ex.Message}");
            return null;
        }
    }

    /// <summary>Caches <paramref name="passages"/> under <paramref name="key"/>; an I/O error is logged, never thrown.</summary>
    public async Task SaveAsync(string key, IReadOnlyList<AnalyzedPassage> passages, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        var temp = path + ".tmp";
        try
        {
            Directory.CreateDirectory(paths.ArticleCacheDirectory);
            await ChecksummedFile.WriteAsync(temp, Magic, FormatVersion, writer => Write(writer, key, passages), cancellationToken, flushToDisk: false).ConfigureAwait(false);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (DataDirectoryAccess.IsWriteFailure(ex))
        {
            TryDelete(temp);
            LogNotSaved(Path.GetFileName(path), ex.Message);
        }
    }

    /// <summary>Removes every cached article but those of <paramref name="keys"/>, so the cache does not grow with every edit.</summary>
    public void Retain(IReadOnlySet<string> keys)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(paths.ArticleCacheDirectory))
            {
                var name = Path.GetFileName(file);
                if (!name.EndsWith(Extension, StringComparison.Ordinal) || !keys.Contains(name[..^Extension.Length]))
                {
                    TryDelete(file);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // What is left over is removed by the next refresh.
        }
    }

    private string PathOf(string key) => Path.Combine(paths.ArticleCacheDirectory, key + Extension);

    private static List<AnalyzedPassage> Read(PayloadReader reader, string key)
    {
        try
        {
            var stored = reader.ReadString();
            if (!string.Equals(stored, key, StringComparison.Ordinal))
            {
                throw reader.Damaged("holds another article");
            }

            var count = reader.ReadCount(MinPassageBytes, "passages");
            var passages = new List<AnalyzedPassage>(count);
            for (var i = 0; i < count; i++)
            {
                var passage = PassageCodec.Read(reader);
                var input = reader.ReadString();
                var length = reader.ReadInt32(0, int.MaxValue, "passage length");
                var terms = reader.ReadCount(TermBytes, "terms");
                var ids = new uint[terms];
                var frequencies = new int[terms];
                for (var k = 0; k < terms; k++)
                {
                    ids[k] = reader.Reader.ReadUInt32();
                }

                for (var k = 0; k < terms; k++)
                {
                    frequencies[k] = reader.ReadInt32(1, length, "term frequency");
                }

                passages.Add(new AnalyzedPassage(new PassageDraft(passage, input), new TermCounts(ids, frequencies, length)));
            }

            reader.EnsureAtEnd();
            return passages.Count > 0 ? passages : throw reader.Damaged("holds no passage");
        }
        catch (Exception ex) when (PayloadReader.IsDecodeFailure(ex))
        {
            throw reader.Damaged($"unreadable ({ex.Message})", ex);
        }
    }

    private static void Write(BinaryWriter writer, string key, IReadOnlyList<AnalyzedPassage> passages)
    {
        writer.Write(key);
        writer.Write(passages.Count);
        foreach (var (draft, terms) in passages)
        {
            PassageCodec.Write(writer, draft.Passage);
            writer.Write(draft.EmbeddingInput);
            writer.Write(terms.Length);
            writer.Write(terms.Ids.Length);
            foreach (var id in terms.Ids)
            {
                writer.Write(id);
            }

            foreach (var frequency in terms.Frequencies)
            {
                writer.Write(frequency);
            }
        }
    }

    // Length-prefixed, so that no two different sequences of fields read as the same text.
    private static void Field(StringBuilder text, string? value) =>
        text.Append(value is null ? "-" : value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');

    private static string Hash(StringBuilder text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next refresh removes it.
        }
    }

    [LoggerMessage(EventId = 2214, Level = LogLevel.Warning, Message = "Cached article discarded ({Problem}); the article is prepared again")]
    private partial void LogDiscarded(string problem);

    [LoggerMessage(EventId = 2215, Level = LogLevel.Warning, Message = "Cached article {File} not saved ({Reason}); the next refresh prepares it again")]
    private partial void LogNotSaved(string file, string reason);
}
