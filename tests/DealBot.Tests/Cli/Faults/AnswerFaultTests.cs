using System.CommandLine;
using System.Text.Json;
using DealBot.Cli;
using DealBot.Cli.Batch;
using DealBot.Cli.Chat;
using DealBot.Core.Answers;
using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace DealBot.Tests.Cli.Faults;

/// <summary>
/// An unexpected error while answering one question, in each face of the CLI, over the real knowledge base: `batch`
/// gives that line an error and answers the others (exit 1 at the end), `chat` prints one line and goes on, and a
/// verb ends with one line and its exit code. No stack trace anywhere; the other questions cite their sources.
/// </summary>
[Collection(CliFaultCollection.Name)]
public sealed class AnswerFaultTests(CliFaultFixture fixture)
{
    private const string Good = "How much will Nvidia invest in OpenAI?";
    private const string Failing = "Given that Nvidia holds 30% of the deal, how much is left?";

    public static TheoryData<string> Failures => new()
    {
        "invalid operation",
        "overflow",
        "null reference",
        "message over several lines",
        "store unavailable",
        "aggregate",
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Batch_OneQuestionThrows_ThatLineGetsAnErrorAndTheOthersAreAnswered(string failure)
    {
        var engine = new FailingAnswers(fixture.Answers, Failing, Exception(failure));
        var logs = new FakeLogCollector();
        var input = string.Join('\n',
            Line("1", Good),
            Line("2", Failing, "talk"),
            Line("3", "and per gigawatt?", "talk"));
        var output = new StringWriter();
        var diagnostics = new StringWriter();
        var session = new BatchSession(engine, new StringReader(input), output, diagnostics, new FakeLogger<BatchSession>(logs));

        var failed = await session.RunAsync();

        Assert.Equal(1, failed);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["1", "2", "3"], lines.Select(l => l.GetProperty("id").GetString()));
        var error = lines[1].GetProperty("error").GetString()!;
        AssertOneLine(error);
        CliRun.AssertCitesSource(lines[0]);
        Assert.Equal("answered", lines[2].GetProperty("status").GetString());
        Assert.Empty(diagnostics.ToString());

        // Logged once, with the question, and without the exception (whose stack trace the console would print).
        var logged = Assert.Single(logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
        Assert.Null(logged.Exception);
        Assert.Contains(Failing, logged.Message, StringComparison.Ordinal);
        Assert.Contains(error, logged.Message, StringComparison.Ordinal);

        // The failed turn adds nothing to its conversation: the next line follows the turns before it (none).
        Assert.Empty(engine.Asked[2].History!);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Chat_OneQuestionThrows_OneLineAndTheSessionGoesOn(string failure)
    {
        var engine = new FailingAnswers(fixture.Answers, Failing, Exception(failure));
        var output = new StringWriter();
        var diagnostics = new StringWriter();
        var session = new ChatSession(engine, new StringReader($"{Good}\n{Failing}\n{Good}\n"), output, diagnostics, new ChatSettings(Json: true));

        var answered = await session.RunAsync();

        Assert.Equal(2, answered);
        var line = Assert.Single(diagnostics.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("dealbot: ", line, StringComparison.Ordinal);
        AssertOneLine(line);
        var answers = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, answers.Count);
        Assert.All(answers, CliRun.AssertCitesSource);
    }

    [Theory]
    [InlineData("invalid operation", ExitCodes.SystemError, "dealbot: unexpected error: InvalidOperationException: Sequence contains no elements")]
    [InlineData("overflow", ExitCodes.SystemError, "dealbot: unexpected error: OverflowException: ")]
    [InlineData("message over several lines", ExitCodes.SystemError, "dealbot: unexpected error: InvalidOperationException: first line at Deep.Inside() second line")]
    [InlineData("store unavailable", ExitCodes.SystemError, "dealbot: knowledge base unavailable, try again shortly")]
    [InlineData("data directory not writable", ExitCodes.SystemError, "dealbot: data directory is not writable: /data (permission denied)")]
    [InlineData("index not written", ExitCodes.SystemError, "dealbot: could not write index generation 1 (No space left on device); the previous index still answers")]
    [InlineData("user error", ExitCodes.UserError, "dealbot: no such file: expectations.jsonl")]
    public async Task Ask_VerbThrows_OneLineAndTheExitCode(string failure, int code, string message)
    {
        var engine = new FailingAnswers(fixture.Answers, Failing, Exception(failure));
        using var workspace = fixture.NewWorkspace();
        var errors = new StringWriter();
        var parse = AskVerb.Create().Parse([Failing]);

        var exit = await VerbRunner.RunAsync(
            parse,
            args =>
            {
                var builder = DealBotHost.CreateBuilder(args, c => c.AddInMemoryCollection(workspace.Settings()));
                builder.Logging.ClearProviders();
                return builder;
            },
            async (_, token) =>
            {
                await engine.AnswerAsync(new Question(Failing), token);
                return ExitCodes.Success;
            },
            CancellationToken.None,
            errors: errors);

        Assert.Equal(code, exit);
        var line = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(message, line, StringComparison.Ordinal);
        AssertOneLine(line);
        var answer = await fixture.Answers.AnswerAsync(new Question(Good));
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.NotEmpty(answer.Citations);
    }

    private static void AssertOneLine(string text)
    {
        Assert.DoesNotContain('\n', text);
        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("--- End of", text, StringComparison.Ordinal);
    }

    private static string Line(string id, string question, string? conversation = null) =>
        JsonSerializer.Serialize(new Dictionary<string, string?> { ["id"] = id, ["question"] = question, ["conversation"] = conversation });

    private static Exception Exception(string failure) => failure switch
    {
        "invalid operation" => new InvalidOperationException("Sequence contains no elements"),
        "overflow" => new OverflowException("Value was either too large or too small for a Decimal."),
        "null reference" => new NullReferenceException("Object reference not set to an instance of an object."),
        "message over several lines" => new InvalidOperationException("first line\n   at Deep.Inside()\r\nsecond line"),
        "store unavailable" => new KnowledgeStoreUnavailableException("knowledge base unavailable, try again shortly"),
        "aggregate" => new AggregateException(new IOException("disk"), new TimeoutException("slow")),
        "data directory not writable" => new DataDirectoryNotWritableException("/data", "permission denied", new UnauthorizedAccessException()),
        "index not written" => new IndexWriteException("could not write index generation 1 (No space left on device); the previous index still answers"),
        "user error" => new UserErrorException("no such file: expectations.jsonl"),
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, null),
    };
}
