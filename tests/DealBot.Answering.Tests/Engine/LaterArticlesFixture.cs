namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The real knowledge directory, copied, plus the articles of one of the community probe set's folders of articles
/// added later, as a moderator would add them after the questions were written. The articles are fictional.
/// </summary>
public abstract class LaterArticlesFixture : AnswerEngineFixture
{
    /// <summary>The folder of the added articles, under Resources/community, as copied next to the test assembly.</summary>
    protected abstract string Folder { get; }

    /// <summary>How many articles the folder holds: a missing one fails loudly instead of lowering the counts.</summary>
    protected abstract int Count { get; }

    protected override string PrepareKnowledge(string scratch)
    {
        CopyKnowledge(scratch);

        var directory = Path.Combine(AppContext.BaseDirectory, "Resources", "community", Folder);
        var added = Directory.GetFiles(directory, "*.md");
        if (added.Length != Count)
        {
            throw new InvalidOperationException($"expected the {Count} added articles in {directory}, found {added.Length}");
        }

        foreach (var file in added)
        {
            File.Copy(file, Path.Combine(scratch, Path.GetFileName(file)));
        }

        return scratch;
    }
}

/// <summary>The two articles of the first community set (<c>added/</c>).</summary>
public sealed class CommunityAddedArticleFixture : LaterArticlesFixture
{
    protected override string Folder => "added";

    protected override int Count => 2;
}

/// <summary>The two articles of the fresh community set (<c>fresh/added/</c>).</summary>
public sealed class FreshAddedArticleFixture : LaterArticlesFixture
{
    protected override string Folder => Path.Combine("fresh", "added");

    protected override int Count => 2;
}

/// <summary>The four articles of the second set of later articles (<c>added2/articles/</c>).</summary>
public sealed class SecondAddedArticleFixture : LaterArticlesFixture
{
    protected override string Folder => Path.Combine("added2", "articles");

    protected override int Count => 4;
}

/// <summary>The two articles of the fourth community set (<c>fourth/added/</c>).</summary>
public sealed class FourthAddedArticleFixture : LaterArticlesFixture
{
    protected override string Folder => Path.Combine("fourth", "added");

    protected override int Count => 2;
}

/// <summary>The three articles of the fifth community set (<c>fifth/added/</c>).</summary>
public sealed class FifthAddedArticleFixture : LaterArticlesFixture
{
    protected override string Folder => Path.Combine("fifth", "added");

    protected override int Count => 3;
}

/// <summary>The two articles of the sixth community set (<c>sixth/added/</c>).</summary>
public sealed class SixthAddedArticleFixture : LaterArticlesFixture
{
    protected override string Folder => Path.Combine("sixth", "added");

    protected override int Count => 2;
}
