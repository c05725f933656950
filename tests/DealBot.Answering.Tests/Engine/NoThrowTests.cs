using System.Globalization;
using System.Text;
using DealBot.Core.Answers;
using DealBot.Core.Documents;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// Property: whatever a member sends, alone or after any conversation, the engine answers — no exception, a text to
/// show and one of the four statuses — over thousands of hostile messages generated from a fixed seed.
/// </summary>
public sealed class NoThrowTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    private const int Seed = 20250922;
    private const int Messages = 1_100;
    private const int Histories = 24;
    private const int ShownFailures = 10;

    [Fact]
    public async Task AnswerAsync_HostileMessageAlone_AlwaysAnswers()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var message in new NastyInputs(Seed).Take(Messages))
        {
            count++;
            await CheckAsync(new Question(message), failures);
        }

        Assert.Equal(Messages, count);
        Assert.True(failures.Count == 0, Report(failures, count));
    }

    [Fact]
    public async Task AnswerAsync_HostileMessageAfterAConversation_AlwaysAnswers()
    {
        // Histories of one to four turns, ordinary or hostile, reused so that the replayed turns are partly cached as
        // in a real conversation; the message then follows one of them. Their turns may be fragments replying to the
        // turn before ("the second one?", "half of that?").
        var inputs = new NastyInputs(Seed + 1);
        var hostile = NastyInputs.Written.ToList();
        var histories = Enumerable.Range(0, Histories)
            .Select(_ => (IReadOnlyList<ConversationTurn>)[.. Enumerable.Range(0, 1 + inputs.Next(4)).Select(_ => new ConversationTurn(inputs.Next(3) == 0 ? hostile[inputs.Next(hostile.Count)] : inputs.DevQuestion(), "(the answer given)"))])
            .ToList();
        var failures = new List<string>();
        var count = 0;
        foreach (var message in inputs.Take(Messages))
        {
            count++;
            var history = histories[inputs.Next(histories.Count)];
            await CheckAsync(new Question(message, history), failures);
        }

        Assert.Equal(Messages, count);
        Assert.True(failures.Count == 0, Report(failures, count));
    }

    private async Task CheckAsync(Question question, List<string> failures)
    {
        try
        {
            var answer = await fixture.Engine.AnswerAsync(question);
            var problem = answer is null ? "no answer"
                : string.IsNullOrWhiteSpace(answer.Text) ? "an empty answer"
                : !Enum.IsDefined(answer.Status) ? $"status {(int)answer.Status}"
                : answer.Language is not (Languages.English or Languages.Chinese) ? $"language '{answer.Language}'"
                : null;
            if (problem is not null)
            {
                failures.Add($"{problem} for {Describe(question)}");
            }
        }
        catch (Exception ex)
        {
            failures.Add($"{ex.GetType().Name}: {ex.Message} for {Describe(question)}\n{ex.StackTrace}");
        }
    }

    private static string Report(List<string> failures, int count) =>
        $"{failures.Count} of {count} messages failed; the first {Math.Min(ShownFailures, failures.Count)}:\n" + string.Join("\n", failures.Take(ShownFailures));

    // The message as C# would write it, so invisible and broken characters show; long ones shortened.
    private static string Describe(Question question)
    {
        var history = question.History is { Count: > 0 } h ? " after " + string.Join(" / ", h.Select(t => Escape(t.Question))) : string.Empty;
        return Escape(question.Text) + history;
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text.Length > 200 ? text[..200] : text)
        {
            sb.Append(c is >= ' ' and <= '~' and not '"' and not '\\' || (char.IsLetterOrDigit(c) && !char.IsSurrogate(c)) ? c.ToString() : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"));
        }

        sb.Append('"');
        return text.Length > 200 ? $"{sb} (… {text.Length} characters)" : sb.ToString();
    }
}
