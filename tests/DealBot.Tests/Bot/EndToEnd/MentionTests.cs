using DealBot.Discord.Testing;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>Chat messages: who the bot answers (mentions, its role, DMs, replies to it), who it ignores, and how it replies.</summary>
[Collection(BotCollection.Name)]
public sealed class MentionTests(KnowledgeSnapshot knowledge)
{
    private const string HowMuch = "How much will Nvidia invest in OpenAI?";

    [Fact]
    public async Task A_mention_of_the_bot_gets_a_typing_indicator_then_a_reply_with_the_answer_that_pings_nobody()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);

        var exchange = await bot.Fake.SendMessageAsync(bot.Community.Mention(bot.Community.Alice, HowMuch));
        var reply = await exchange.WaitForReplyAsync(BotHarness.Patience);

        Assert.Contains("100 billion", reply.Content, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(exchange.Message.Id, reply.ReplyTo);
        Assert.Equal(exchange.Message.ChannelId, reply.ChannelId);
        DiscordAssert.PingsNobody(reply);
        Assert.Contains(exchange.Typing, typing => typing.Timestamp < reply.Request.Timestamp);
    }

    [Fact]
    public async Task A_mention_of_the_bots_managed_role_is_answered_too()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);

        var reply = await bot.ReplyToAsync(bot.Community.RoleMention(bot.Community.Alice, HowMuch));

        Assert.Contains("100 billion", reply.Content, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<@&", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_direct_message_is_answered_in_the_dm()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);

        var reply = await bot.ReplyToAsync(bot.Community.Direct(bot.Community.Alice, "英伟达将向OpenAI投资多少？"));

        Assert.Equal(FakeCommunity.DirectChannelOf(bot.Community.Alice), reply.ChannelId);
        Assert.Contains("1000亿", reply.Content, StringComparison.Ordinal);
        DiscordAssert.PingsNobody(reply);
    }

    [Fact]
    public async Task Guild_messages_not_for_the_bot_and_messages_from_bots_webhooks_or_itself_are_ignored()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        var community = bot.Community;

        var unaddressed = await bot.Fake.SendMessageAsync(community.InGuild(community.Alice, HowMuch));
        var fromBot = await bot.Fake.SendMessageAsync(community.Mention(community.OtherBot, HowMuch));
        var fromWebhook = await bot.Fake.SendMessageAsync(community.Mention(community.Bob, HowMuch) with { WebhookId = 4_400 });
        var everyone = await bot.Fake.SendMessageAsync(community.InGuild(community.Alice, "@everyone " + HowMuch) with { MentionEveryone = true });
        // Discord sends the bot its own messages too.
        var own = await bot.Fake.SendMessageAsync(community.Mention(community.Bot, HowMuch));

        // Handlers start in dispatch order and ignoring takes no I/O: once a later question is answered, the
        // earlier ones have had their chance.
        var sentinel = await bot.Fake.SendMessageAsync(community.Mention(community.Bob, HowMuch));
        await sentinel.WaitForReplyAsync(BotHarness.Patience);

        Assert.All(new[] { unaddressed, fromBot, fromWebhook, everyone, own }, ignored =>
        {
            Assert.Empty(ignored.Replies);
            Assert.DoesNotContain(ignored.Typing, t => t.Timestamp < sentinel.Dispatch.SentTimestamp);
        });
        Assert.Single(bot.Fake.Rest.CreatedMessages);
    }

    // Message object, note [4]: a reply may come without referenced_message when Discord did not fetch it; the
    // message_reference still names the answer replied to.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_reply_to_the_bots_answer_carries_the_conversation_along(bool referencedMessageFetched)
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        var community = bot.Community;
        var question = community.Mention(community.Alice, HowMuch);
        var answer = await bot.ReplyToAsync(question);

        // Without referenced_message only the bot's memory of its answer ids says the reply is to the bot, and the
        // answer reaches the fake a moment before the bot has read the id back and remembered it.
        await bot.WaitUntilIdleAsync();

        // A reply with the client's ping switched off: no mention at all, only the reference to the bot's answer.
        var followUp = community.Reply(community.Alice, community.BotMessage(answer, question), "and per gigawatt?")
            with { ReferencedMessageFetched = referencedMessageFetched };
        var reply = await bot.ReplyToAsync(followUp);

        // Only the earlier question links the US$100 billion to the 10 GW; alone, "per gigawatt" has no subject.
        Assert.Contains("per GW", reply.Content, StringComparison.Ordinal);
        Assert.Contains("100 billion", reply.Content, StringComparison.Ordinal);
        DiscordAssert.PingsNobody(reply);
    }

    [Fact]
    public async Task A_question_containing_everyone_gets_a_reply_that_pings_nobody()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);

        var reply = await bot.ReplyToAsync(bot.Community.Mention(bot.Community.Alice, "@everyone @here <@&3003> " + HowMuch));

        DiscordAssert.PingsNobody(reply);
        Assert.DoesNotContain(bot.Fake.Rest.Requests, r => r.Body.Contains("\"everyone\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_on_the_reply_is_waited_out_and_retried_without_posting_twice()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        var sends = $"/channels/{FakeJson.Id(bot.Community.Guild.TextChannelId)}/messages";
        bot.Fake.Rest.Enqueue(r => r.Is("POST", sends), FakeResponse.RateLimited("1.5"));

        var exchange = await bot.Fake.SendMessageAsync(bot.Community.Mention(bot.Community.Alice, HowMuch));
        await exchange.WaitForReplyAsync(BotHarness.Patience);

        var attempts = bot.Fake.Rest.RequestsTo("POST", sends).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].Since(attempts[0]) >= TimeSpan.FromSeconds(1.5), $"retried after {attempts[1].Since(attempts[0])}, before retry_after had passed");
        Assert.Single(exchange.Replies);
    }

    [Fact]
    public async Task The_sixth_question_in_a_minute_from_one_member_gets_a_friendly_slow_down()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);

        var replies = new List<CreatedMessage>();
        for (var i = 0; i < 6; i++)
        {
            replies.Add(await bot.ReplyToAsync(bot.Community.Mention(bot.Community.Alice, HowMuch)));
        }

        Assert.All(replies.Take(5), r => Assert.Contains("100 billion", r.Content, StringComparison.Ordinal));
        Assert.Contains("try again", replies[5].Content, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("100 billion", replies[5].Content, StringComparison.Ordinal);
    }
}
