using DealBot.Core.Answers;
using Microsoft.Extensions.Logging;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>Failures, load and shutdown as members experience them: one friendly line, never a trace, no lost answers.</summary>
[Collection(BotCollection.Name)]
public sealed class ResilienceTests(KnowledgeSnapshot knowledge)
{
    private const string HowMuch = "How much will Nvidia invest in OpenAI?";

    [Fact]
    public async Task A_failure_while_answering_is_one_friendly_line_and_the_detail_goes_to_the_log()
    {
        await using var bot = await BotHarness.StartAsync(knowledge, services: s => s.Decorate<IAnswerService>(real => new HeldAnswers(real)));
        await bot.WaitUntilReadyAsync();

        var reply = await bot.ReplyToAsync(bot.Community.Mention(bot.Community.Alice, $"{HeldAnswers.FailureMarker} {HowMuch}"));

        Assert.Contains("went wrong", reply.Content, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(HeldAnswers.FailureDetail, reply.Request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", reply.Content, StringComparison.Ordinal);
        Assert.Contains(bot.LogsAtLeast(LogLevel.Warning), r => (r.Exception?.Message ?? r.Message).Contains(HeldAnswers.FailureDetail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_every_answer_slot_is_taken_the_next_member_is_told_to_try_again_shortly()
    {
        HeldAnswers? held = null;
        await using var bot = await BotHarness.StartAsync(
            knowledge,
            new Dictionary<string, string?> { ["Bot:MaxConcurrentAnswers"] = "1", ["Bot:BusyWait"] = "00:00:00.200" },
            services: s => s.Decorate<IAnswerService>(real => held = new HeldAnswers(real)));
        await bot.WaitUntilReadyAsync();

        var slow = await bot.Fake.SendMessageAsync(bot.Community.Mention(bot.Community.Alice, $"{HeldAnswers.Marker} {HowMuch}"));
        await held!.Entered.WaitAsync(BotHarness.Patience);
        var turnedAway = await bot.ReplyToAsync(bot.Community.Mention(bot.Community.Bob, HowMuch));
        held.Release();
        var answered = await slow.WaitForReplyAsync(BotHarness.Patience);

        Assert.Contains("try again", turnedAway.Content, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("100 billion", answered.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_over_the_length_limit_gets_a_friendly_message()
    {
        await using var bot = await BotHarness.StartAsync(knowledge, new Dictionary<string, string?> { ["Bot:MaxQuestionLength"] = "40" });
        await bot.WaitUntilReadyAsync();

        var reply = await bot.ReplyToAsync(bot.Community.Mention(bot.Community.Alice, HowMuch + " And what about the first ten billion dollars?"));

        Assert.Contains("too long", reply.Content, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("40", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shutting_down_lets_an_answer_in_progress_reach_the_member()
    {
        HeldAnswers? held = null;
        await using var bot = await BotHarness.StartAsync(knowledge, services: s => s.Decorate<IAnswerService>(real => held = new HeldAnswers(real)));
        await bot.WaitUntilReadyAsync();
        var exchange = await bot.Fake.SendMessageAsync(bot.Community.Mention(bot.Community.Alice, $"{HeldAnswers.Marker} {HowMuch}"));
        await held!.Entered.WaitAsync(BotHarness.Patience);

        var stopping = bot.Host.StopAsync();
        held.Release();
        await stopping.WaitAsync(BotHarness.Patience);

        Assert.Contains("100 billion", Assert.Single(exchange.Replies).Content, StringComparison.Ordinal);
    }
}
