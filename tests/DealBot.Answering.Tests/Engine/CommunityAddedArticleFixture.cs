using DealBot.Testing;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The real knowledge directory, copied, plus the two articles of the community probe set's <c>added/</c> folder, as a
/// moderator would add them after the set was written. The articles are fictional.
/// </summary>
public sealed class CommunityAddedArticleFixture : AnswerEngineFixture
{
    /// <summary>The folder of the added articles, as copied next to the test assembly.</summary>
    public static string AddedDirectory => Path.Combine(AppContext.BaseDirectory, "Resources", "community", "added");

    protected override string PrepareKnowledge(string scratch)
    {
        Directory.CreateDirectory(scratch);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.KnowledgeDirectory))
        {
            File.Copy(file, Path.Combine(scratch, Path.GetFileName(file)));
        }

        var added = Directory.GetFiles(AddedDirectory, "*.md");
        if (added.Length != 2)
        {
            throw new InvalidOperationException($"expected the 2 added articles in {AddedDirectory}, found {added.Length}");
        }

        foreach (var file in added)
        {
            File.Copy(file, Path.Combine(scratch, Path.GetFileName(file)));
        }

        return scratch;
    }
}
