namespace DealBot.Knowledge.Loading;

/// <summary>Reads one kind of file into plain text with whatever metadata the file declares.</summary>
public interface IDocumentLoader
{
    /// <summary>File extensions handled, lower case with the dot (".md").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <exception cref="DocumentLoadException">The file cannot be read as this kind of document.</exception>
    LoadedDocument Load(string fileName, string content);
}
