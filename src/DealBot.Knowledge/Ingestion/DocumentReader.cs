using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DealBot.Core.Documents;
using DealBot.Knowledge.Cleaning;
using DealBot.Knowledge.Loading;

namespace DealBot.Knowledge.Ingestion;

/// <summary>Reads a file of the knowledge directory into a cleaned <see cref="SourceDocument"/>, or says why it can't.</summary>
internal sealed partial class DocumentReader(IEnumerable<IDocumentLoader> loaders, BoilerplateCleaner cleaner)
{
    private readonly Dictionary<string, IDocumentLoader> _byExtension = loaders
        .SelectMany(l => l.Extensions.Select(e => (Extension: e, Loader: l)))
        .ToDictionary(x => x.Extension, x => x.Loader, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> SupportedExtensions => _byExtension.Keys;

    public bool IsSupported(string fileName) => _byExtension.ContainsKey(Path.GetExtension(fileName));

    public static string HashOf(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    /// <exception cref="DocumentLoadException">The file is not a usable article; the message says why.</exception>
    public SourceDocument Read(string relativeName, byte[] bytes) => ReadWithWarnings(relativeName, bytes).Document;

    /// <summary>Like <see cref="Read"/>, with what the loader found worth telling the moderator (no published date).</summary>
    /// <exception cref="DocumentLoadException">The file is not a usable article; the message says why.</exception>
    public ReadDocument ReadWithWarnings(string relativeName, byte[] bytes)
    {
        var extension = Path.GetExtension(relativeName);
        if (!_byExtension.TryGetValue(extension, out var loader))
        {
            throw new DocumentLoadException($"unsupported file type '{extension}' (supported: {string.Join(", ", SupportedExtensions.Order())})");
        }

        string content;
        try
        {
            content = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentLoadException("the file is not UTF-8 text", ex);
        }

        var loaded = loader.Load(relativeName, content);
        var body = cleaner.Clean(loaded.Body);
        if (body.Length < 20)
        {
            throw new DocumentLoadException("the file has no article text after cleaning");
        }

        var language = Languages.Normalize(loaded.Language) ?? Languages.Detect(body);
        var id = string.IsNullOrWhiteSpace(loaded.Id) ? Slug(Path.GetFileNameWithoutExtension(relativeName)) : loaded.Id.Trim();
        var title = string.IsNullOrWhiteSpace(loaded.Title) ? Path.GetFileNameWithoutExtension(relativeName) : loaded.Title.Trim();
        return new ReadDocument(new SourceDocument(id, title, language, loaded.Published, loaded.SourceUrl, relativeName, HashOf(bytes), body), loaded.Warnings);
    }

    private static string Slug(string name)
    {
        var slug = NonSlug().Replace(name.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "article" : slug;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonSlug();
}

/// <summary>A file read into a document, and the loader's remarks on it for the refresh report (one line each).</summary>
internal sealed record ReadDocument(SourceDocument Document, IReadOnlyList<string> Warnings);
