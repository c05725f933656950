using DealBot.Answering.Prompts;
using Microsoft.Extensions.Options;

namespace DealBot.Answering.Tests.Prompts;

public sealed class PromptLibraryTests
{
    private static PromptLibrary Library(string directory) => new(Options.Create(new PromptOptions { Directory = directory }));

    [Fact]
    public void Get_RealSystemPrompt_LoadsTemplateAndConfig()
    {
        var prompt = Library(RepositoryPrompts.Directory).Get("Answer", "System");

        Assert.Equal("Answer/System", prompt.Name);
        Assert.DoesNotContain("{{$passages}}", prompt.Template, StringComparison.Ordinal);
        Assert.Contains("{{$fence}}", prompt.Template, StringComparison.Ordinal);
        Assert.Equal(["question", "language", "fence", "today", "as_of"], prompt.Variables);
        Assert.Equal(0.1, prompt.Temperature!.Value, 3);
        Assert.False(string.IsNullOrWhiteSpace(prompt.Description));
    }

    [Fact]
    public async Task Render_RealSystemPrompt_ReplacesEveryVariable()
    {
        var text = await Library(RepositoryPrompts.Directory).RenderAsync("Answer", "System", new Dictionary<string, string?>
        {
            ["question"] = "How much?",
            ["language"] = "zh",
            ["fence"] = "SOURCE-0123abcd",
            ["today"] = "2026-03-01",
            ["as_of"] = "2025-09-23",
        });

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Contains("<<<SOURCE-0123abcd", text, StringComparison.Ordinal);
        Assert.Contains("Today is 2026-03-01", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_RealRetryPrompt_CarriesComplaint()
    {
        var text = await Library(RepositoryPrompts.Directory).RenderAsync("Answer", "Retry", new Dictionary<string, string?>
        {
            ["complaint"] = "Not grounded: \"$300 billion\".",
            ["question"] = "How much?",
            ["language"] = "en",
        });

        Assert.Contains("Not grounded: \"$300 billion\".", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_MissingVariable_ClearError()
    {
        var error = await Assert.ThrowsAsync<PromptNotFoundException>(() =>
            Library(RepositoryPrompts.Directory).RenderAsync("Answer", "Retry", new Dictionary<string, string?> { ["question"] = "q", ["language"] = "en" }));

        Assert.Contains("$complaint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_MissingPrompt_ClearErrorNamingThePath()
    {
        var error = Assert.Throws<PromptNotFoundException>(() => Library(RepositoryPrompts.Directory).Get("Answer", "Nope"));

        Assert.Contains("Answer/Nope", error.Message, StringComparison.Ordinal);
        Assert.Contains("skprompt.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_MissingDirectory_ClearError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "dealbot-no-prompts-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<PromptNotFoundException>(() => Library(missing).Get("Answer", "System"));

        Assert.Contains("Prompts:Directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UndeclaredVariable_ClearError()
    {
        var root = Path.Combine(Path.GetTempPath(), "dealbot-prompts-" + Guid.NewGuid().ToString("N"));
        var folder = Directory.CreateDirectory(Path.Combine(root, "Answer", "System")).FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "skprompt.txt"), "Hello {{$who}}");
            File.WriteAllText(Path.Combine(folder, "config.json"), "{\"schema\":1,\"description\":\"d\",\"input_variables\":[]}");

            var error = Assert.Throws<PromptNotFoundException>(() => Library(root).Get("Answer", "System"));

            Assert.Contains("$who", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
