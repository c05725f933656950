using System.Text.Json;
using DealBot.Tests.Bot.EndToEnd;

namespace DealBot.Tests.Cli.Faults;

/// <summary>
/// Bad input to the real executable: questions that look like response files, arguments too long for the runtime,
/// numbers too large for a decimal, and batch lines that cannot be read. Each gets its exit code and one line (or
/// none, when it is a fair question), never a stack trace, and the knowledge base answers afterwards.
/// </summary>
[Collection(CliFaultCollection.Name)]
public sealed class CliFaultTests(CliFaultFixture fixture) : IDisposable
{
    private readonly BotWorkspace _workspace = fixture.NewWorkspace();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("@everyone how much will Nvidia invest in OpenAI?")]
    [InlineData("@here How much will Nvidia invest in OpenAI?")]
    public async Task Ask_QuestionStartingWithAt_IsAnsweredAsAQuestion(string question)
    {
        var run = await DealBotProcess.AskAsync(_workspace, question);

        run.AssertNoStackTrace();
        Assert.Empty(run.ProblemLines);
        run.AssertAnsweredWithSource();
        using var answer = JsonDocument.Parse(run.Stdout);
        Assert.Equal(question, answer.RootElement.GetProperty("question").GetString());
    }

    [Fact]
    public async Task Ask_AtFileWithSettings_NeitherReadsTheFileNorAppliesThem()
    {
        var file = Path.Combine(_workspace.Root, "settings.rsp");
        File.WriteAllText(file, "--VectorStore:Provider=bogus\n--Knowledge:DataDirectory=/nonexistent/dealbot\nHow much will Nvidia invest in OpenAI?\n");

        var run = await DealBotProcess.RunAsync(_workspace, "ask", "--json", "@" + file);

        run.AssertNoStackTrace();
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.ProblemLines);
        using var answer = JsonDocument.Parse(run.Stdout);
        Assert.Equal("@" + file, answer.RootElement.GetProperty("question").GetString());
        Assert.False(Directory.Exists("/nonexistent/dealbot"));
        (await DealBotProcess.AskAsync(_workspace)).AssertAnsweredWithSource();
    }

    [Theory]
    [InlineData("ask", 2_001, "the question is too long (2001 characters; at most 2000)")]
    [InlineData("ask", 40_000, "the question is too long (40000 characters; at most 2000)")]
    [InlineData("search", 40_000, "the query is too long (40000 characters; at most 2000)")]
    public async Task Verb_ArgumentOverTheLimit_ExitOneBeforeTheModelLoads(string verb, int length, string message)
    {
        var run = await DealBotProcess.RunAsync(_workspace, verb, new string('x', length));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"dealbot: {message}", run.AssertOneLine(message)[..(message.Length + 9)]);
        Assert.Empty(run.Stdout);
        (await DealBotProcess.AskAsync(_workspace)).AssertAnsweredWithSource();
    }

    [Fact]
    public async Task Ask_SettingsMakingTheCommandLineTooLong_ExitOneBeforeTheModelLoads()
    {
        var run = await DealBotProcess.RunAsync(_workspace, "ask", "How much will Nvidia invest in OpenAI?", "--Extra:Padding=" + new string('x', 40_000));

        Assert.Equal(1, run.ExitCode);
        run.AssertOneLine("dealbot: the command line is too long (");
        (await DealBotProcess.AskAsync(_workspace)).AssertAnsweredWithSource();
    }

    [Theory]
    [InlineData("Is it 999999999999999999999999 billion dollars?")]
    [InlineData("一亿亿亿亿美元是多少？")]
    [InlineData("What about 5亿亿亿亿美元 per gigawatt?")]
    [InlineData("Could Nvidia invest 79228162514264337593543950335 TWh?")]
    public async Task Batch_NumberTooLargeForADecimal_AnsweredWithoutAnErrorAndTheNextLineToo(string question)
    {
        // Once, such a number threw OverflowException and ended the batch: the line after it was never answered.
        var input = $"{JsonSerializer.Serialize(new { id = "huge", question })}\n{{\"id\":\"next\",\"question\":\"How much will Nvidia invest in OpenAI?\"}}\n";

        var run = await DealBotProcess.RunAsync(_workspace, ["batch"], input);

        run.AssertNoStackTrace();
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.ProblemLines);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.False(lines[0].TryGetProperty("error", out _));
        Assert.False(string.IsNullOrWhiteSpace(lines[0].GetProperty("answer").GetString()));
        CliRun.AssertCitesSource(lines[1]);
    }

    [Fact]
    public async Task Batch_BadLinesAmongGoodOnes_EachBadLineGetsAnErrorTheRestAreAnsweredExitOne()
    {
        var input = string.Join('\n',
            "{\"id\":\"first\",\"question\":\"How much will Nvidia invest in OpenAI?\"}",
            "{\"id\":\"surrogate\",\"question\":\"How much \\ud800 will Nvidia invest?\"}",
            "not json at all",
            "{\"id\":\"huge\",\"question\":\"1 followed by 50,000 zeros and 999999999999999999999999 billion: " + new string('0', 50_000) + "\"}",
            "{\"id\":\"c1\",\"conversation\":\"talk\",\"question\":\"How much will Nvidia invest in OpenAI?\"}",
            "{\"id\":\"c2\",\"conversation\":\"talk\",\"question\":\"and per gigawatt?\"}",
            "{\"id\":\"last\",\"question\":\"When will the first gigawatt be deployed?\"}") + "\n";

        var run = await DealBotProcess.RunAsync(_workspace, ["batch"], input);

        run.AssertNoStackTrace();
        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(7, lines.Count);
        Assert.Equal(["first", "surrogate", null, "huge", "c1", "c2", "last"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Contains("lone surrogate", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("invalid input line", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(lines[3].TryGetProperty("error", out _));
        foreach (var answered in new[] { lines[0], lines[4], lines[6] })
        {
            CliRun.AssertCitesSource(answered);
        }

        Assert.Equal(["dealbot: line 2: ", "dealbot: line 3: "], run.ProblemLines.Select(l => l[..17]));
    }
}
