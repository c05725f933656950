using System.Text.Json;
using DealBot.Cli.Chat;
using DealBot.Core.Answers;
using DealBot.Core.Retrieval;
using Moq;

namespace DealBot.Tests.Cli;

public sealed class ChatSessionTests
{
    private readonly List<Question> _asked = [];
    private readonly Mock<IAnswerService> _engine = new();

    public ChatSessionTests()
    {
        _engine.Setup(e => e.AnswerAsync(It.IsAny<Question>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Question q, CancellationToken _) =>
            {
                _asked.Add(q);
                return new Answer(q.Text, AnswerStatus.Answered, "en", $"answer {_asked.Count}", [], [], null)
                {
                    Trace = q.Trace ? new AnswerTrace([], ["path: offline"], "grounded") : null,
                };
            });
    }

    [Fact]
    public async Task RunAsync_FollowUp_CarriesTheEarlierTurn()
    {
        await RunAsync("How much will Nvidia invest?\nand per household?\n");

        Assert.Equal(2, _asked.Count);
        Assert.Empty(_asked[0].History!);
        var turn = Assert.Single(_asked[1].History!);
        Assert.Equal(new ConversationTurn("How much will Nvidia invest?", "answer 1"), turn);
    }

    [Theory]
    [InlineData("/clear")]
    [InlineData(":clear")]
    public async Task RunAsync_Clear_ForgetsTheConversation(string clear)
    {
        var (_, diagnostics) = await RunAsync($"How much?\n{clear}\nand per household?\n");

        Assert.Empty(_asked[1].History!);
        Assert.Contains("cleared", diagnostics, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/quit")]
    [InlineData(":quit")]
    [InlineData("exit")]
    [InlineData("QUIT")]
    public async Task RunAsync_Quit_StopsBeforeTheRest(string quit)
    {
        var (_, _) = await RunAsync($"first\n{quit}\nnever asked\n");

        Assert.Equal(["first"], _asked.Select(q => q.Text));
    }

    [Fact]
    public async Task RunAsync_EndOfInput_EndsWithTheCountAnswered()
    {
        var session = Session("one\n\n   \ntwo", new ChatSettings(), out _, out _);

        var answered = await session.RunAsync();

        Assert.Equal(2, answered);
        Assert.Equal(["one", "two"], _asked.Select(q => q.Text));
    }

    [Fact]
    public async Task RunAsync_Text_AnswersOnOutputWithoutPromptWhenNotInteractive()
    {
        var (output, diagnostics) = await RunAsync("one\n");

        Assert.Equal("answer 1", output.Split('\n')[0].TrimEnd());
        Assert.DoesNotContain(">", output, StringComparison.Ordinal);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task RunAsync_Interactive_GreetsAndPrompts()
    {
        var (output, diagnostics) = await RunAsync("one\n", new ChatSettings(Interactive: true));

        Assert.StartsWith("> answer 1", output, StringComparison.Ordinal);
        Assert.Contains("/clear", diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Json_OneContractLinePerAnswerTraceOnDiagnostics()
    {
        var (output, diagnostics) = await RunAsync("one\ntwo\n", new ChatSettings(Trace: true, Json: true));

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("answered", first.RootElement.GetProperty("status").GetString());
        Assert.Equal("answer 1", first.RootElement.GetProperty("answer").GetString());
        Assert.All(_asked, q => Assert.True(q.Trace));
        Assert.Contains("path: offline", diagnostics, StringComparison.Ordinal);
        Assert.Contains("verifier: grounded", diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Trace_StepsShownAfterTheAnswer()
    {
        var (output, _) = await RunAsync("one\n", new ChatSettings(Trace: true));

        Assert.Contains("step: path: offline", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LongConversation_KeepsOnlyTheLatestTurns()
    {
        await RunAsync("q1\nq2\nq3\nq4\n", new ChatSettings { MaxHistory = 2 });

        Assert.Equal(["q2", "q3"], _asked[3].History!.Select(t => t.Question));
    }

    [Fact]
    public async Task RunAsync_StoreUnavailable_ReportedAndTheChatGoesOn()
    {
        _engine.Setup(e => e.AnswerAsync(It.Is<Question>(q => q.Text == "down"), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new KnowledgeStoreUnavailableException("the knowledge base is unavailable"));

        var (output, diagnostics) = await RunAsync("down\nup\n");

        Assert.Contains("unavailable", diagnostics, StringComparison.Ordinal);
        Assert.Equal(["up"], _asked.Select(q => q.Text));
        Assert.Empty(_asked[0].History!);
        Assert.Contains("answer 1", output, StringComparison.Ordinal);
    }

    private async Task<(string Output, string Diagnostics)> RunAsync(string input, ChatSettings? settings = null)
    {
        var session = Session(input, settings ?? new ChatSettings(), out var output, out var diagnostics);
        await session.RunAsync();
        return (output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), diagnostics.ToString());
    }

    private ChatSession Session(string input, ChatSettings settings, out StringWriter output, out StringWriter diagnostics)
    {
        output = new StringWriter();
        diagnostics = new StringWriter();
        return new ChatSession(_engine.Object, new StringReader(input), output, diagnostics, settings);
    }
}
