using System.Text.Json;
using DealBot.Cli.Batch;
using DealBot.Core.Answers;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace DealBot.Tests.Cli;

public sealed class BatchSessionTests
{
    private readonly List<Question> _asked = [];
    private readonly Mock<IAnswerService> _engine = new();

    public BatchSessionTests()
    {
        _engine.Setup(e => e.AnswerAsync(It.IsAny<Question>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Question q, CancellationToken _) =>
            {
                _asked.Add(q);
                return new Answer(q.Text, AnswerStatus.Answered, "en", $"answer to {q.Text}", [], [], null) { Id = q.Id };
            });
    }

    [Fact]
    public async Task RunAsync_LinesOfOneConversation_EachCarriesTheTurnsBeforeIt()
    {
        await RunAsync(
            """{"id":1,"conversation":"a","question":"q1"}""",
            """{"id":2,"conversation":"b","question":"other"}""",
            """{"id":3,"conversation":"a","question":"q2"}""",
            """{"id":4,"conversation":"a","question":"q3"}""");

        Assert.Empty(_asked[0].History!);
        Assert.Empty(_asked[1].History!);
        Assert.Equal([new ConversationTurn("q1", "answer to q1")], _asked[2].History!);
        Assert.Equal(["q1", "q2"], _asked[3].History!.Select(t => t.Question));
    }

    [Fact]
    public async Task RunAsync_LinesWithoutConversation_AreAnsweredAlone()
    {
        await RunAsync("""{"id":1,"question":"q1"}""", """{"id":2,"question":"q2"}""", """{"id":3,"conversation":null,"question":"q3"}""");

        Assert.All(_asked, q => Assert.Empty(q.History!));
    }

    [Fact]
    public async Task RunAsync_ConversationAsNumberOrAsString_IsOneConversation()
    {
        // Ids are echoed the same way: 7 and "7" are written alike, so they are not two conversations.
        await RunAsync("""{"id":1,"conversation":7,"question":"q1"}""", """{"id":2,"conversation":"8","question":"q2"}""", """{"id":3,"conversation":"7","question":"q3"}""");

        Assert.Equal(["q1"], _asked[2].History!.Select(t => t.Question));
    }

    [Fact]
    public async Task RunAsync_LongConversation_KeepsOnlyTheLatestTurnsAsChatDoes()
    {
        await RunAsync(2, [.. Enumerable.Range(1, 4).Select(i => $$"""{"id":{{i}},"conversation":"a","question":"q{{i}}"}""")]);

        Assert.Equal(["q2", "q3"], _asked[3].History!.Select(t => t.Question));
    }

    [Fact]
    public async Task RunAsync_AnswersInInputOrderWithTheirIds()
    {
        var (output, failed) = await RunAsync("""{"id":"x","question":"q1"}""", "", """{"id":9,"question":"q2"}""");

        Assert.Equal(0, failed);
        Assert.Equal(["x", "9"], output.Select(l => l.GetProperty("id").GetString()));
    }

    private Task<(List<JsonElement> Output, int Failed)> RunAsync(params string[] lines) => RunAsync(10, lines);

    private async Task<(List<JsonElement> Output, int Failed)> RunAsync(int maxHistory, string[] lines)
    {
        var output = new StringWriter();
        var session = new BatchSession(_engine.Object, new StringReader(string.Join('\n', lines)), output, TextWriter.Null, NullLogger<BatchSession>.Instance, maxHistory);
        var failed = await session.RunAsync();
        return ([.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)], failed);
    }
}
