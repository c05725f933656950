using System.Text.Json;
using DealBot.Tests.Bot.EndToEnd;

namespace DealBot.Tests.Faults;

/// <summary>
/// `ingest` and `ask` over a copy of the real knowledge base, after a fault: the documented exit code, one line on
/// stderr, no stack trace, and the previous knowledge base still answering from its good source.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class IngestCliFaultTests(KnowledgeSnapshot knowledge) : IDisposable
{
    private readonly BotWorkspace _workspace = knowledge.NewWorkspace();
    private readonly BotWorkspace _outside = BotWorkspace.Empty();

    public void Dispose()
    {
        _workspace.Dispose();
        _outside.Dispose();
    }

    private string InFolder(string name) => Path.Combine(_workspace.KnowledgeDirectory, name);

    private string Outside(string name, string content)
    {
        var path = Path.Combine(_outside.Root, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Theory]
    [InlineData("saved-page.html", "crowded", "saved-page.html was not added: the page has more than 60,000 elements; no article needs that many")]
    [InlineData("huge.md", "huge", "huge.md was not added: the file is larger than the limit of 1953 KB (Knowledge:MaxFileBytes)")]
    [InlineData("deal-structure-en copy.md", "copy", "deal-structure-en copy.md was not added: its id 'deal-structure-en' is already used by deal-structure-en.md")]
    [InlineData("case.md", "case-keys", "case.md was not added: the front matter gives 'title' more than once")]
    [InlineData(BadKnowledge.DealArticle, "unclosed", "deal-structure-en.md was not added: the front matter opened with '---' is never closed (its last good version keeps answering)")]
    public async Task Ingest_FileGivenOnTheCommandLineIsRefused_ExitsOneWithItsReasonAndTheDealStillAnswers(string name, string kind, string expected)
    {
        var good = File.ReadAllBytes(InFolder(BadKnowledge.DealArticle));
        var path = Outside(name, BadKnowledge.Content(kind, _workspace.KnowledgeDirectory));

        var ingest = await InProcessCli.RunAsync(_workspace, "ingest", path);

        Assert.StartsWith($"dealbot: {expected}", ingest.AssertOutcome(1), StringComparison.Ordinal);
        Assert.Contains($"  failed: {name}: ", ingest.Out, StringComparison.Ordinal);
        Assert.Equal(good, File.ReadAllBytes(InFolder(BadKnowledge.DealArticle)));
        Assert.True(name == BadKnowledge.DealArticle || !File.Exists(InFolder(name)), "a refused file was saved into the knowledge folder");
        await AssertTheDealStillAnswersAsync();
    }

    [Theory]
    [InlineData("deal-structure-en copy.md", "already used by deal-structure-en.md")]
    [InlineData("saved-page.html", "more than 60,000 elements")]
    [InlineData("passwd.txt", "link to a file outside the knowledge directory")]
    public async Task IngestJson_BadFileInTheFolder_ExitsZeroAndReportsItInFailed(string name, string expected)
    {
        if (name == "passwd.txt")
        {
            File.CreateSymbolicLink(InFolder(name), "/etc/passwd");
        }
        else
        {
            File.WriteAllText(InFolder(name), BadKnowledge.Content(name.EndsWith(".html", StringComparison.Ordinal) ? "crowded" : "copy", _workspace.KnowledgeDirectory));
        }

        var ingest = await InProcessCli.RunAsync(_workspace, "ingest", "--json");

        ingest.AssertOutcome(0);
        using var json = JsonDocument.Parse(ingest.Out);
        var failed = Assert.Single(json.RootElement.GetProperty("failed").EnumerateArray());
        Assert.Equal(name, failed.GetProperty("file").GetString());
        Assert.Contains(expected, failed.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("warnings").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("blocked").ValueKind);
        await AssertTheDealStillAnswersAsync();
    }

    [Fact]
    public async Task Ingest_FactsQuoteNoArticleStates_PublishesNothingAndTheInflatedFigureIsNeverServed()
    {
        var facts = InFolder("facts.yaml");
        File.WriteAllText(facts, BadKnowledge.InflatedFacts(File.ReadAllText(facts)));

        var ingest = await InProcessCli.RunAsync(_workspace, "ingest", "--json");

        var line = ingest.AssertOutcome(1);
        Assert.Equal("dealbot: nothing was published: facts.yaml: nvidia-investment-inflated: quote not found in article 'deal-structure-en': \"up to US$300 billion\"; the previous knowledge base keeps answering", line);
        using var json = JsonDocument.Parse(ingest.Out);
        Assert.False(json.RootElement.GetProperty("published").GetBoolean());
        Assert.StartsWith("facts.yaml: nvidia-investment-inflated", json.RootElement.GetProperty("blocked").GetString(), StringComparison.Ordinal);
        var answer = await AssertTheDealStillAnswersAsync();
        Assert.DoesNotContain("300 billion", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_GlossaryIdGivenTwice_PublishesNothingAndChineseQuestionsStillFindTheDeal()
    {
        var glossary = InFolder("glossary.yaml");
        File.WriteAllText(glossary, BadKnowledge.DuplicatedGlossary(File.ReadAllText(glossary)));

        var ingest = await InProcessCli.RunAsync(_workspace, "ingest");

        Assert.Equal("dealbot: nothing was published: glossary.yaml: nvidia: the glossary id is used 2 times; the previous knowledge base keeps answering", ingest.AssertOutcome(1));
        Assert.Contains("  failed: glossary.yaml: nvidia: the glossary id is used 2 times", ingest.Out, StringComparison.Ordinal);
        var ask = await InProcessCli.RunAsync(_workspace, "ask", "--json", "英伟达计划向OpenAI投资多少钱？");
        ask.AssertOutcome(0);
        using var json = JsonDocument.Parse(ask.Out);
        Assert.Contains("1000亿", json.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains(json.RootElement.GetProperty("citations").EnumerateArray(), c => c.GetProperty("source_id").GetString() == "deal-structure-zh");
    }

    [Fact]
    public async Task IngestJson_ArticleWithoutADate_IsAddedWithAWarning()
    {
        var path = Outside("undated-note.md", BadKnowledge.Content("undated", _workspace.KnowledgeDirectory));

        var ingest = await InProcessCli.RunAsync(_workspace, "ingest", "--json", path);

        ingest.AssertOutcome(0);
        using var json = JsonDocument.Parse(ingest.Out);
        Assert.Equal(1, json.RootElement.GetProperty("added").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("failed").EnumerateArray());
        var warning = Assert.Single(json.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal("undated-note.md", warning.GetProperty("file").GetString());
        Assert.StartsWith("no published date found", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(InFolder("undated-note.md")));
        await AssertTheDealStillAnswersAsync();
    }

    [Fact]
    public async Task Ask_FirstBuildWithBrokenFacts_ExitsOneWithTheReasonInOneLine()
    {
        using var fresh = BotWorkspace.Empty();
        BotWorkspace.CopyDirectory(_workspace.KnowledgeDirectory, fresh.KnowledgeDirectory);
        var facts = Path.Combine(fresh.KnowledgeDirectory, "facts.yaml");
        File.WriteAllText(facts, BadKnowledge.InflatedFacts(File.ReadAllText(facts)));

        var ask = await InProcessCli.RunAsync(fresh, "ask", BadKnowledge.HowMuch);

        // The first build announces itself on stderr before it starts; the error is the one line after it.
        Assert.Equal(1, ask.ExitCode);
        BadKnowledge.AssertNoStackTrace(ask.Out + ask.Error);
        Assert.Equal("Building the knowledge index...", ask.ErrorLines[0]);
        var error = Assert.Single(ask.ErrorLines.Skip(1));
        Assert.StartsWith("dealbot: the knowledge index could not be built: facts.yaml: nvidia-investment-inflated: quote not found", error, StringComparison.Ordinal);
        Assert.Empty(ask.Out);
    }

    /// <summary>Asks how much Nvidia will invest: the answer states US$100 billion and cites the deal article.</summary>
    private async Task<string> AssertTheDealStillAnswersAsync()
    {
        var ask = await InProcessCli.RunAsync(_workspace, "ask", "--json", BadKnowledge.HowMuch);
        ask.AssertOutcome(0);
        using var json = JsonDocument.Parse(ask.Out);
        var answer = json.RootElement.GetProperty("answer").GetString()!;
        Assert.Equal("answered", json.RootElement.GetProperty("status").GetString());
        Assert.Contains("100 billion", answer, StringComparison.Ordinal);
        Assert.Contains(json.RootElement.GetProperty("citations").EnumerateArray(), c => c.GetProperty("title").GetString() == BadKnowledge.DealTitle);
        return answer;
    }
}
