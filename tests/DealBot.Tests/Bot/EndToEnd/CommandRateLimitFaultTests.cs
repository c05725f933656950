using System.Text.Json;
using DealBot.Discord.Testing;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>
/// A member hammering any command, not only /ask: past <c>Bot:QuestionsPerUserPerMinute</c> (one here) every command
/// gets the same ephemeral "slow down" at once, and its work is not done.
/// </summary>
[Collection(BotCollection.Name)]
public sealed class CommandRateLimitFaultTests(KnowledgeSnapshot knowledge)
{
    private static readonly Dictionary<string, string?> OnePerMinute = new() { ["Bot:QuestionsPerUserPerMinute"] = "1" };

    [Theory]
    [InlineData("sources", null, false)]
    [InlineData("timeline", null, false)]
    [InlineData("kb", "status", false)]
    [InlineData("kb", "status", true)]
    [InlineData("kb", "refresh", true)]
    [InlineData("no-such-command", null, false)]
    public async Task The_second_command_in_a_minute_gets_an_ephemeral_slow_down_and_nothing_else(string name, string? subcommand, bool moderator)
    {
        await using var bot = await BotHarness.StartAsync(knowledge, OnePerMinute);
        await bot.WaitUntilReadyAsync();
        var member = moderator ? bot.Community.Moderator : bot.Community.Alice;
        var command = subcommand is null ? bot.Community.Command(member, name) : bot.Community.Command(member, name, CommandOption.SubCommand(subcommand));

        await bot.ResponseToAsync(command);
        var second = await bot.Fake.SendCommandAsync(command);
        var refusal = await second.WaitForCallbackAsync(BotHarness.Patience);

        AssertSlowDown(refusal.Json);
        Assert.Single(second.Callbacks);
        Assert.Empty(second.OriginalEdits);
        Assert.Empty(second.FollowUps);
    }

    [Fact]
    public async Task A_question_in_chat_and_a_command_share_the_members_budget()
    {
        await using var bot = await BotHarness.StartAsync(knowledge, OnePerMinute);
        await bot.WaitUntilReadyAsync();

        await bot.ReplyToAsync(bot.Community.Mention(bot.Community.Alice, "How much will Nvidia invest in OpenAI?"));
        var sources = await bot.Fake.SendCommandAsync(bot.Community.Command(bot.Community.Alice, "sources"));

        AssertSlowDown((await sources.WaitForCallbackAsync(BotHarness.Patience)).Json);
    }

    [Fact]
    public async Task A_limited_member_does_not_hold_back_another_members_command()
    {
        await using var bot = await BotHarness.StartAsync(knowledge, OnePerMinute);
        await bot.WaitUntilReadyAsync();

        await bot.ResponseToAsync(bot.Community.Command(bot.Community.Alice, "timeline"));
        var bobs = await bot.ResponseToAsync(bot.Community.Command(bot.Community.Bob, "timeline"));

        Assert.Contains("Timeline", bobs.GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    private static void AssertSlowDown(JsonElement callback)
    {
        Assert.Equal(InteractionCallback.ChannelMessage, callback.GetProperty("type").GetInt32());
        var data = callback.GetProperty("data");
        Assert.Equal(InteractionCallback.EphemeralFlag, data.GetProperty("flags").GetInt32() & InteractionCallback.EphemeralFlag);
        Assert.Matches(@"^You're asking quickly — please try again in \d+ s\.$", data.GetProperty("content").GetString());
        Assert.False(data.TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array && embeds.GetArrayLength() > 0);
    }
}
