using System.Text;
using DealBot.Core.Documents;
using DealBot.Core.Figures;
using DealBot.Core.Text;
using DealBot.Knowledge.Chunking;
using DealBot.Knowledge.Cleaning;
using DealBot.Knowledge.Ingestion;
using DealBot.Knowledge.Loading;
using DealBot.Knowledge.Tests.Support;

namespace DealBot.Knowledge.Tests.Loading.Pages;

/// <summary>
/// A saved-page fixture (Resources/pages) taken through the real reading pipeline: the loader for its extension, the
/// boilerplate cleaner, the chunker and the passage builder with the default passage size, as a refresh does.
/// </summary>
internal sealed class SavedPage
{
    private SavedPage(LoadedDocument loaded, SourceDocument document, IReadOnlyList<Passage> passages)
    {
        Loaded = loaded;
        Document = document;
        Passages = passages;
    }

    /// <summary>What the loader returned, before cleaning (its warnings, for example).</summary>
    public LoadedDocument Loaded { get; }

    /// <summary>The cleaned article a refresh indexes.</summary>
    public SourceDocument Document { get; }

    public IReadOnlyList<Passage> Passages { get; }

    public static SavedPage Load(string name) => FromBytes(name, File.ReadAllBytes(TestPaths.Resource(Path.Combine("pages", name))));

    public static SavedPage FromText(string name, string content) => FromBytes(name, Encoding.UTF8.GetBytes(content));

    /// <summary>Asserts that a passage holds the sentence, as written (after the width normalisation every stage applies).</summary>
    public void AssertKept(string sentence)
    {
        var expected = TextNormalizer.Normalize(sentence);
        Assert.True(
            Passages.Any(p => p.Text.Contains(expected, StringComparison.Ordinal)),
            $"no passage holds \"{expected}\"; the passages are:\n{Listing()}");
    }

    /// <summary>Asserts that no passage, and no heading between passages, holds the text.</summary>
    public void AssertLeftOut(string text)
    {
        var unexpected = TextNormalizer.Normalize(text);
        Assert.False(
            Document.Text.Contains(unexpected, StringComparison.Ordinal),
            $"\"{unexpected}\" was indexed; the passages are:\n{Listing()}");
    }

    private static SavedPage FromBytes(string name, byte[] bytes)
    {
        IDocumentLoader[] loaders = [new MarkdownLoader(), new PlainTextLoader(), new HtmlLoader()];
        var document = new DocumentReader(loaders, new BoilerplateCleaner()).Read(name, bytes);
        var loader = loaders.Single(l => l.Extensions.Contains(Path.GetExtension(name)));
        var loaded = loader.Load(name, Encoding.UTF8.GetString(bytes));
        var builder = new PassageBuilder(new PassageChunker(new KnowledgeOptions().TargetPassageChars), new FigureExtractor());
        return new SavedPage(loaded, document, builder.Build(document).Select(d => d.Passage).ToList());
    }

    private string Listing() => string.Join('\n', Passages.Select(p => $"  [{p.Position}] {p.Text}"));
}
