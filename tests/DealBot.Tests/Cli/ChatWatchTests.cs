using DealBot.Answering.Prompts;
using DealBot.Cli.Chat;
using DealBot.Core.Answers;
using DealBot.Tests.Bot.EndToEnd;
using Microsoft.Extensions.Options;
using Moq;

namespace DealBot.Tests.Cli;

/// <summary>
/// `chat --watch`: the prompt directory is read again before each question, so an edit made between two questions is
/// what the second one is rendered with. The engine here renders the system prompt and answers with its first line.
/// </summary>
public sealed class ChatWatchTests : IDisposable
{
    private readonly BotWorkspace _workspace = BotWorkspace.Empty();
    private readonly PromptLibrary _prompts;
    private readonly Mock<IAnswerService> _engine = new();
    private readonly List<Action> _afterAnswer = [];

    public ChatWatchTests()
    {
        var directory = Path.Combine(_workspace.Root, "prompts");
        BotWorkspace.CopyDirectory(RepositoryPrompts(), directory);
        _prompts = new PromptLibrary(Options.Create(new PromptOptions { Directory = directory }));
        _engine.Setup(e => e.AnswerAsync(It.IsAny<Question>(), It.IsAny<CancellationToken>()))
            .Returns(async (Question q, CancellationToken ct) =>
            {
                var text = await _prompts.RenderAsync("Answer", "System", new Dictionary<string, string?>
                {
                    ["question"] = q.Text,
                    ["language"] = "en",
                    ["fence"] = "F",
                    ["today"] = "2026-03-01",
                    ["as_of"] = "2025-09-23",
                }, ct);
                foreach (var edit in _afterAnswer)
                {
                    edit();
                }

                _afterAnswer.Clear();
                return new Answer(q.Text, AnswerStatus.Answered, "en", text.Split('\n')[0], [], [], null);
            });
    }

    private string SystemPrompt => Path.Combine(_prompts.Directory, "Answer", "System", "skprompt.txt");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task RunAsync_Watch_PromptEditedBetweenQuestions_SecondAnswerUsesTheEdit()
    {
        _afterAnswer.Add(() => File.WriteAllText(SystemPrompt, "Edited rules for {{$language}}.\n" + File.ReadAllText(SystemPrompt)));

        var (output, diagnostics) = await RunAsync(new ChatSettings(Watch: true));

        var answers = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("You are DealBot.", answers[0], StringComparison.Ordinal);
        Assert.Equal("Edited rules for en.", answers[1]);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task RunAsync_NoWatch_PromptEditedBetweenQuestions_KeepsThePromptReadFirst()
    {
        _afterAnswer.Add(() => File.WriteAllText(SystemPrompt, "Edited rules for {{$language}}.\n" + File.ReadAllText(SystemPrompt)));

        var (output, _) = await RunAsync(new ChatSettings());

        var answers = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(answers, a => Assert.StartsWith("You are DealBot.", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_Watch_PromptBrokenBetweenQuestions_OneLineAndTheChatGoesOn()
    {
        _afterAnswer.Add(() => File.WriteAllText(SystemPrompt, "{{$language}} {{$undeclared}}"));

        var (output, diagnostics) = await RunAsync(new ChatSettings(Watch: true));

        // The reload says which prompt broke before the question is asked; the engine here then fails on it too (the
        // real one falls back to the offline answer), and the chat still ends normally.
        var lines = diagnostics.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("dealbot: Prompt 'Answer/System' uses $undeclared", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("You are DealBot.", output, StringComparison.Ordinal);
    }

    private async Task<(string Output, string Diagnostics)> RunAsync(ChatSettings settings)
    {
        var output = new StringWriter();
        var diagnostics = new StringWriter();
        var session = new ChatSession(_engine.Object, new StringReader("first question\nsecond question\n"), output, diagnostics, settings, _prompts);
        await session.RunAsync();
        return (output.ToString().ReplaceLineEndings("\n"), diagnostics.ToString());
    }

    private static string RepositoryPrompts()
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
