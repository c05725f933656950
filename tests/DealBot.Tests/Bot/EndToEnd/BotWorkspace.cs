namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>A temporary knowledge directory and data directory for one bot, deleted on dispose.</summary>
public sealed class BotWorkspace : IDisposable
{
    private BotWorkspace(string root)
    {
        Root = root;
        Directory.CreateDirectory(KnowledgeDirectory);
        Directory.CreateDirectory(DataDirectory);
    }

    public string Root { get; }

    public string KnowledgeDirectory => Path.Combine(Root, "knowledge");

    public string DataDirectory => Path.Combine(Root, "data");

    public static BotWorkspace Empty() => new(Path.Combine(Path.GetTempPath(), "dealbot-bot-" + Guid.NewGuid().ToString("N")));

    public BotWorkspace Copy()
    {
        var copy = Empty();
        CopyDirectory(KnowledgeDirectory, copy.KnowledgeDirectory);
        CopyDirectory(DataDirectory, copy.DataDirectory);
        return copy;
    }

    /// <summary>The settings that point the knowledge base here.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Knowledge:SourceDirectory"] = KnowledgeDirectory,
        ["Knowledge:DataDirectory"] = DataDirectory,
        ["VectorStore:Provider"] = "embedded",
        ["Llm:Provider"] = "none",
    };

    public static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned eventually.
        }
    }
}
