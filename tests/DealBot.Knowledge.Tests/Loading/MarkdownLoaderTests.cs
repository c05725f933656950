using DealBot.Knowledge.Loading;

namespace DealBot.Knowledge.Tests.Loading;

public sealed class MarkdownLoaderTests
{
    private readonly MarkdownLoader _loader = new();

    [Fact]
    public void Load_FrontMatter_MapsEveryField()
    {
        const string Content = """
            ---
            id: deal-structure-en   # a comment
            title: "Nvidia and OpenAI sign a letter of intent"
            language: en
            published: 2025-09-23
            source: "https://example.com/deal"
            ---

            Nvidia plans to invest up to US$100 billion in OpenAI.
            """;

        var document = _loader.Load("deal.md", Content);

        Assert.Equal("deal-structure-en", document.Id);
        Assert.Equal("Nvidia and OpenAI sign a letter of intent", document.Title);
        Assert.Equal("en", document.Language);
        Assert.Equal(new DateOnly(2025, 9, 23), document.Published);
        Assert.Equal("https://example.com/deal", document.SourceUrl);
        Assert.Equal("Nvidia plans to invest up to US$100 billion in OpenAI.", document.Body.Trim());
    }

    [Fact]
    public void Load_MarkdownSyntax_BodyIsPlainText()
    {
        const string Content = """
            ---
            id: a
            published: 2025-09-23
            ---

            # The deal

            Nvidia plans to invest **up to US$100 billion** in [OpenAI](https://openai.com), reported by *wire services*.

            - first item of the list
            - second item of the list
            """;

        var body = _loader.Load("a.md", Content).Body;

        Assert.Contains("The deal", body, StringComparison.Ordinal);
        Assert.Contains("Nvidia plans to invest up to US$100 billion in OpenAI, reported by wire services.", body, StringComparison.Ordinal);
        Assert.Contains("first item of the list", body, StringComparison.Ordinal);
        Assert.DoesNotContain("**", body, StringComparison.Ordinal);
        Assert.DoesNotContain("](", body, StringComparison.Ordinal);
        Assert.DoesNotContain("https://openai.com", body, StringComparison.Ordinal);
        Assert.DoesNotContain("# ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("id:", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoTitleField_TakesTheFirstHeading()
    {
        var document = _loader.Load("a.md", "---\nid: a\n---\n\n# Oracle shares rise\n\nOracle rose about 6%.\n");

        Assert.Equal("Oracle shares rise", document.Title);
    }

    [Fact]
    public void Load_NoFrontMatter_ReadsBodyWithoutMetadata()
    {
        var document = _loader.Load("a.md", "Nvidia plans to invest up to US$100 billion in OpenAI.\n");

        Assert.Null(document.Id);
        Assert.Null(document.Published);
        Assert.Contains("US$100 billion", document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FrontMatterWithoutDate_PublishedIsNull()
    {
        // The knowledge README makes the date optional ("prefer giving all four fields"); only a bad one is an error.
        var document = _loader.Load("a.md", "---\nid: a\ntitle: T\n---\n\nSome article text about the deal.\n");

        Assert.Null(document.Published);
    }

    [Theory]
    [InlineData("next tuesday")]
    [InlineData("2025-13-45")]
    [InlineData("23.09.2025x")]
    public void Load_InvalidPublishedDate_ThrowsWithTheFieldAndValue(string date)
    {
        var content = $"---\nid: a\npublished: {date}\n---\n\nSome article text about the deal.\n";

        var ex = Assert.Throws<DocumentLoadException>(() => _loader.Load("a.md", content));

        Assert.Contains("published", ex.Message, StringComparison.Ordinal);
        Assert.Contains(date, ex.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FrontMatterNeverClosed_ThrowsSayingSo()
    {
        var ex = Assert.Throws<DocumentLoadException>(() => _loader.Load("a.md", "---\nid: a\npublished: 2025-09-23\n\nBody text.\n"));

        Assert.Contains("never closed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FrontMatterNotYaml_ThrowsWithTheLine()
    {
        var ex = Assert.Throws<DocumentLoadException>(() => _loader.Load("a.md", "---\nid: a\ntitle: [unclosed\n---\n\nBody text.\n"));

        Assert.Contains("not valid YAML", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line", ex.Message, StringComparison.Ordinal);
    }
}
