using DealBot.Core.Answers;
using DealBot.Discord.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>
/// The answer engine throwing, whatever the exception: the member gets a short apology (in /ask the deferral is
/// edited into it; a mention or a DM gets it as a reply), the error is logged with the question, and the bot goes on
/// answering.
/// </summary>
[Collection(BotCollection.Name)]
public sealed class AnswerFailureFaultTests(KnowledgeSnapshot knowledge)
{
    private const string Apology = "Sorry, something went wrong while answering. Please try again later.";
    private const string Question = ScriptedAnswers.FailureMarker + " How much will Nvidia invest in OpenAI?";
    private const string Internals = "secret internals at /srv/dealbot/index";

    public static TheoryData<string> Failures => ["invalid-operation", "null-reference", "overflow", "timeout", "http", "argument"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Any_engine_exception_on_a_mention_gets_an_apology_reply_and_is_logged_with_the_question(string failure)
    {
        await using var bot = await StartAsync(failure);

        var reply = await bot.ReplyToAsync(bot.Community.Mention(bot.Community.Alice, Question));

        Assert.Equal(Apology, reply.Content);
        Assert.DoesNotContain(Internals, reply.Request.Body, StringComparison.Ordinal);
        var logged = Assert.Single(bot.LogsAtLeast(LogLevel.Error), r => r.Id.Id == 7007);
        Assert.Contains(Question, logged.Message, StringComparison.Ordinal);
        Assert.Contains(Internals, logged.Exception!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_engine_exception_in_ask_edits_the_deferral_into_the_apology()
    {
        await using var bot = await StartAsync("invalid-operation");

        var exchange = await bot.Fake.SendCommandAsync(bot.Community.Ask(bot.Community.Alice, Question));
        var edit = await exchange.WaitForOriginalEditAsync(BotHarness.Patience);

        Assert.Equal(InteractionCallback.Deferred, exchange.Callbacks[0].Json.GetProperty("type").GetInt32());
        Assert.Equal(Apology, edit.Json.GetProperty("content").GetString());
        Assert.Empty(exchange.FollowUps);
    }

    [Fact]
    public async Task An_engine_exception_in_a_dm_gets_the_apology_in_the_dm()
    {
        await using var bot = await StartAsync("null-reference");

        var reply = await bot.ReplyToAsync(bot.Community.Direct(bot.Community.Alice, Question));

        Assert.Equal(Apology, reply.Content);
        Assert.Equal(FakeCommunity.DirectChannelOf(bot.Community.Alice), reply.ChannelId);
    }

    [Fact]
    public async Task A_chinese_question_gets_the_apology_in_chinese()
    {
        await using var bot = await StartAsync("overflow");

        var reply = await bot.ReplyToAsync(bot.Community.Mention(bot.Community.Alice, ScriptedAnswers.FailureMarker + " 英伟达将向OpenAI投资多少？"));

        Assert.Equal("抱歉，回答这个问题时出了点问题，请稍后再试。", reply.Content);
    }

    [Fact]
    public async Task After_a_failure_the_bot_keeps_answering()
    {
        await using var bot = await StartAsync("invalid-operation");

        await bot.ReplyToAsync(bot.Community.Mention(bot.Community.Alice, Question));
        var next = await bot.ReplyToAsync(bot.Community.Mention(bot.Community.Bob, "How much will Nvidia invest in OpenAI?"));
        var ask = await bot.ResponseToAsync(bot.Community.Ask(bot.Community.Bob, "And per gigawatt?"));

        Assert.Equal("The engine is fine again.", next.Content);
        Assert.Equal("The engine is fine again.", ask.GetProperty("content").GetString());
    }

    private async Task<BotHarness> StartAsync(string failure)
    {
        var answers = ScriptedAnswers.Failing(() => failure switch
        {
            "invalid-operation" => new InvalidOperationException(Internals),
            "null-reference" => new NullReferenceException(Internals),
            "overflow" => new OverflowException(Internals),

            // A timeout inside the engine is a cancellation the bot did not ask for.
            "timeout" => new TaskCanceledException(Internals),
            "http" => new HttpRequestException(Internals),
            "argument" => new ArgumentException(Internals),
            _ => throw new ArgumentOutOfRangeException(nameof(failure)),
        });
        var bot = await BotHarness.StartAsync(knowledge, services: s => s.AddSingleton<IAnswerService>(answers));
        await bot.WaitUntilReadyAsync();
        return bot;
    }
}
