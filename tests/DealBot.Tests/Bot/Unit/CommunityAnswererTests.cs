using DealBot.Bot;
using DealBot.Core.Answers;
using DealBot.Core.Retrieval;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace DealBot.Tests.Bot.Unit;

public sealed class CommunityAnswererTests
{
    private readonly Mock<IAnswerService> _answers = new();

    [Fact]
    public async Task An_answer_is_rendered_for_discord()
    {
        _answers.Setup(a => a.AnswerAsync(It.IsAny<Question>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Answer("q", AnswerStatus.Answered, "en", "Up to US$100 billion.", [new Citation("s", "Title", null, "quote")], [], null));

        var outcome = await Answerer().AnswerAsync("How much?", [], "en", CancellationToken.None);

        Assert.NotNull(outcome.Answer);
        Assert.Equal("Up to US$100 billion.", Assert.Single(outcome.Messages).Content);
    }

    [Fact]
    public async Task The_conversation_goes_to_the_engine()
    {
        Question? asked = null;
        _answers.Setup(a => a.AnswerAsync(It.IsAny<Question>(), It.IsAny<CancellationToken>()))
            .Callback<Question, CancellationToken>((q, _) => asked = q)
            .ReturnsAsync(new Answer("q", AnswerStatus.Answered, "en", "text", [], [], null));
        ConversationTurn[] history = [new("How much per GW?", "About US$10 billion.")];

        await Answerer().AnswerAsync("and per household?", history, "en", CancellationToken.None);

        Assert.Equal("and per household?", asked!.Text);
        Assert.Equal(history, asked.History);
    }

    [Fact]
    public async Task An_unreachable_knowledge_base_is_one_friendly_line()
    {
        _answers.Setup(a => a.AnswerAsync(It.IsAny<Question>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new KnowledgeStoreUnavailableException("qdrant at http://qdrant:6334 did not answer"));

        var outcome = await Answerer().AnswerAsync("How much?", [], "en", CancellationToken.None);

        Assert.Null(outcome.Answer);
        Assert.Equal(BotText.Unavailable("en"), Assert.Single(outcome.Messages).Content);
    }

    [Fact]
    public async Task Any_other_failure_is_one_line_without_its_detail()
    {
        _answers.Setup(a => a.AnswerAsync(It.IsAny<Question>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("secret internals at DealBot.Answering.AnswerService.AnswerAsync()"));

        var outcome = await Answerer().AnswerAsync("英伟达投资多少？", [], "zh", CancellationToken.None);

        var text = Assert.Single(outcome.Messages).Content;
        Assert.Equal(BotText.Failed("zh"), text);
        Assert.DoesNotContain("AnswerService", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_every_slot_is_taken_the_member_is_told_the_bot_is_busy()
    {
        var release = new TaskCompletionSource<Answer>();
        _answers.Setup(a => a.AnswerAsync(It.IsAny<Question>(), It.IsAny<CancellationToken>())).Returns(release.Task);
        var answerer = Answerer(new BotOptions { MaxConcurrentAnswers = 1, BusyWait = TimeSpan.Zero });

        var first = answerer.AnswerAsync("first", [], "en", CancellationToken.None);
        var second = await answerer.AnswerAsync("second", [], "en", CancellationToken.None);
        release.SetResult(new Answer("first", AnswerStatus.Answered, "en", "done", [], [], null));

        Assert.Equal(BotText.Busy("en"), Assert.Single(second.Messages).Content);
        Assert.NotNull((await first).Answer);
    }

    [Fact]
    public void Too_long_questions_are_refused_before_they_count_against_the_rate()
    {
        var answerer = Answerer(new BotOptions { MaxQuestionLength = 20, QuestionsPerUserPerMinute = 1 });

        Assert.Equal(new CommunityAnswerer.Refusal(BotText.TooLong("en", 20), RateLimited: false), answerer.Admit(1, new string('x', 21), "en"));
        Assert.Null(answerer.Admit(1, "short question", "en"));
        Assert.Equal(new CommunityAnswerer.Refusal(BotText.SlowDown("en", TimeSpan.FromMinutes(1)), RateLimited: true), answerer.Admit(1, "another", "en"));
    }

    [Fact]
    public void A_member_over_the_rate_limit_is_told_once_per_window_but_too_long_questions_always()
    {
        var answerer = Answerer(new BotOptions { MaxQuestionLength = 20, QuestionsPerUserPerMinute = 1 });
        Assert.Null(answerer.Admit(1, "first", "en"));

        var limited = answerer.Admit(1, "second", "en")!;
        var tooLong = answerer.Admit(1, new string('x', 21), "en")!;

        Assert.True(answerer.ShouldReply(1, limited));
        Assert.False(answerer.ShouldReply(1, answerer.Admit(1, "third", "en")!));
        Assert.True(answerer.ShouldReply(1, tooLong));
        Assert.True(answerer.ShouldReply(2, answerer.Admit(2, new string('x', 21), "en")!));
    }

    private readonly FakeTimeProvider _time = new();

    private CommunityAnswerer Answerer(BotOptions? settings = null)
    {
        var options = Options.Create(settings ?? new BotOptions());
        var time = _time;
        return new CommunityAnswerer(_answers.Object, new QuestionRateLimiter(options, time), new AnswerGate(options, time), options, time, NullLogger<CommunityAnswerer>.Instance);
    }
}
