using System.Text.Json;
using DealBot.Tests.Bot.EndToEnd;
using DealBot.Tests.Faults;

namespace DealBot.Tests.Cli;

/// <summary>
/// `prompt render` as a developer runs it on a fresh clone: no model configured, the repository's prompts, the
/// knowledge base's retrieval; what it prints is the request the LLM answerer would send.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class PromptRenderTests(KnowledgeSnapshot knowledge) : IDisposable
{
    private const string Question = "How much will Nvidia invest per gigawatt?";
    private readonly BotWorkspace _workspace = knowledge.NewWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Render_System_PrintsSystemSourcesAndQuestionMessagesAndTheTools()
    {
        var result = await InProcessCli.RunAsync(_workspace, "prompt", "render", "Answer/System", "--question", Question, "--json");

        result.AssertOutcome(0);
        using var request = JsonDocument.Parse(result.Out);
        var root = request.RootElement;
        Assert.True(root.GetProperty("sent_to_model").GetBoolean());
        Assert.Equal("en", root.GetProperty("language").GetString());
        var messages = root.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["system", "user", "user"], messages.Select(m => m.GetProperty("role").GetString()));
        Assert.Equal(["Answer/System", "Answer/Sources", "question"], messages.Select(m => m.GetProperty("source").GetString()));
        var system = messages[0].GetProperty("content").GetString()!;
        var sources = messages[1].GetProperty("content").GetString()!;
        Assert.StartsWith(TemplateOpening("System"), system, StringComparison.Ordinal);
        Assert.DoesNotContain("{{$", system, StringComparison.Ordinal);
        Assert.Equal(Question, messages[2].GetProperty("content").GetString());

        // Retrieval ran: the passages of the deal are in the sources message, fenced with the marker the rules name.
        Assert.Contains("cite id: deal-structure-en/p", sources, StringComparison.Ordinal);
        var fence = sources.Split('\n').First(l => l.StartsWith("<<<SOURCE-", StringComparison.Ordinal))[3..];
        Assert.Contains($"\"<<<{fence}\"", system, StringComparison.Ordinal);
        Assert.Equal(root.GetProperty("passages").GetInt32(), sources.Split('\n').Count(l => l == "<<<" + fence));

        var tools = root.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("function")).ToList();
        var perUnit = Assert.Single(tools, t => t.GetProperty("name").GetString() == "Calculator_PerUnit");
        Assert.False(string.IsNullOrWhiteSpace(perUnit.GetProperty("description").GetString()));
        Assert.Equal("number", perUnit.GetProperty("parameters").GetProperty("properties").GetProperty("amount").GetProperty("type").GetString());
        Assert.Contains(tools, t => t.GetProperty("name").GetString() == "Timeline_DaysBetween");
        Assert.Contains(tools, t => t.GetProperty("name").GetString() == "Knowledge_Search");
    }

    [Fact]
    public async Task Render_Retry_AddsTheRetryMessageAfterTheQuestion()
    {
        var result = await InProcessCli.RunAsync(_workspace, "prompt", "render", "answer/retry", "--question", Question);

        result.AssertOutcome(0);
        Assert.Contains("## message 1: system (Answer/System)", result.Out, StringComparison.Ordinal);
        Assert.Contains("## message 3: user (question)", result.Out, StringComparison.Ordinal);
        Assert.Contains("## message 4: user (Answer/Retry)", result.Out, StringComparison.Ordinal);
        Assert.Contains(TemplateOpening("Retry"), result.Out, StringComparison.Ordinal);
        Assert.Contains("### Calculator_PerUnit", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ChangedPromptDirectory_ShowsTheChange()
    {
        var prompts = Path.Combine(_workspace.Root, "prompts");
        BotWorkspace.CopyDirectory(RepositoryPrompts, prompts);
        var system = Path.Combine(prompts, "Answer", "System", "skprompt.txt");
        File.WriteAllText(system, "Changed rules for {{$language}} as of {{$as_of}}. " + File.ReadAllText(system));

        var result = await InProcessCli.RunAsync(_workspace, "prompt", "render", "Answer/System", "--question", Question, "--Prompts:Directory=" + prompts);

        result.AssertOutcome(0);
        Assert.Contains("## message 1: system (Answer/System)\nChanged rules for en as of 2025-09-", result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_SmallTalk_SaysTheEngineSendsItToNoModel()
    {
        var result = await InProcessCli.RunAsync(_workspace, "prompt", "render", "Answer/System", "--question", "hello", "--json");

        result.AssertOutcome(0);
        using var request = JsonDocument.Parse(result.Out);
        Assert.False(request.RootElement.GetProperty("sent_to_model").GetBoolean());
    }

    [Theory]
    [InlineData("Answer/Nope")]
    [InlineData("System")]
    [InlineData("../Answer/System")]
    public async Task Render_UnknownPrompt_OneLineAndExit1(string name)
    {
        var result = await InProcessCli.RunAsync(_workspace, "prompt", "render", name, "--question", Question);

        var line = result.AssertOutcome(1);
        Assert.Contains($"no prompt '{name}' is sent to the model; the prompts are Answer/System, Answer/Sources, Answer/Retry", line, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Render_BrokenPromptFile_OneLineAndExit1()
    {
        var prompts = Path.Combine(_workspace.Root, "prompts");
        BotWorkspace.CopyDirectory(RepositoryPrompts, prompts);
        File.WriteAllText(Path.Combine(prompts, "Answer", "Sources", "skprompt.txt"), "{{$fence}} {{$undeclared}}");

        var result = await InProcessCli.RunAsync(_workspace, "prompt", "render", "Answer/Sources", "--question", Question, "--Prompts:Directory=" + prompts);

        Assert.Contains("$undeclared", result.AssertOutcome(1), StringComparison.Ordinal);
    }

    private static string RepositoryPrompts
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "prompts", "Answer", "System", "skprompt.txt")))
                {
                    return Path.Combine(dir.FullName, "prompts");
                }
            }

            throw new DirectoryNotFoundException("The repository's prompts directory was not found above " + AppContext.BaseDirectory);
        }
    }

    // The template's text before its first variable: what the rendered message must start with.
    private static string TemplateOpening(string function)
    {
        var template = File.ReadAllText(Path.Combine(RepositoryPrompts, "Answer", function, "skprompt.txt"));
        var opening = template[..template.IndexOf("{{", StringComparison.Ordinal)];
        Assert.True(opening.Length > 20, $"Answer/{function} starts with a variable; pick another opening to compare.");
        return opening;
    }
}
