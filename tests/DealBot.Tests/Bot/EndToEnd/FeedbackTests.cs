using System.Text.Json;
using DealBot.Bot;
using DealBot.Discord.Testing;
using DealBot.Operations;
using DealBot.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>Members' 👍/👎 on answers, the "what was wrong?" modal, /kb feedback, and what survives a restart.</summary>
[Collection(BotCollection.Name)]
public sealed class FeedbackTests(KnowledgeSnapshot knowledge)
{
    private const string HowMuch = "How much will Nvidia invest in OpenAI?";

    [Fact]
    public async Task A_thumbs_down_replaces_a_thumbs_up_opens_the_modal_and_its_reason_is_shown_to_moderators()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        using var votes = new MetricCollector<long>(bot.Host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), DealBotMetrics.MeterName, "dealbot.feedback");
        var community = bot.Community;
        var answer = await bot.ReplyToAsync(community.Mention(community.Alice, HowMuch));
        var buttons = Buttons(answer.Json);
        Assert.Equal(["fb:up", "fb:down"], buttons);

        var up = await bot.Fake.SendComponentAsync(ComponentInteraction.Click(community.Alice, answer.ChannelId, community.Guild.Id, answer.Id, "fb:up"));
        var thanks = await up.WaitForCallbackAsync(BotHarness.Patience);
        var down = await bot.Fake.SendComponentAsync(ComponentInteraction.Click(community.Alice, answer.ChannelId, community.Guild.Id, answer.Id, "fb:down"));
        var modal = await down.WaitForCallbackAsync(BotHarness.Patience);

        Assert.Equal(InteractionCallback.ChannelMessage, thanks.Json.GetProperty("type").GetInt32());
        Assert.Equal(InteractionCallback.EphemeralFlag, thanks.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.True(up.Delay(thanks) < TimeSpan.FromSeconds(3) && down.Delay(modal) < TimeSpan.FromSeconds(3));
        Assert.Equal(InteractionCallback.Modal, modal.Json.GetProperty("type").GetInt32());
        var modalId = modal.Json.GetProperty("data").GetProperty("custom_id").GetString()!;
        Assert.Equal("fb:why:" + answer.Id, modalId);

        var submitted = await bot.Fake.SendComponentAsync(ComponentInteraction.Submit(
            community.Alice, answer.ChannelId, community.Guild.Id, modalId, new Dictionary<string, string> { ["fb:reason"] = "It left out the first tranche" }));
        await submitted.WaitForCallbackAsync(BotHarness.Patience);
        await bot.WaitUntilIdleAsync();
        await bot.Host.Services.GetRequiredService<OperationsWriteQueue>().WhenWrittenAsync(BotHarness.Patience);

        var feedback = bot.Host.Services.GetRequiredService<FeedbackStore>();
        Assert.Equal((0, 1), await feedback.CountAsync(answer.Id, CancellationToken.None));
        var listing = await bot.ResponseToAsync(community.Command(community.Moderator, "kb", CommandOption.SubCommand("feedback")));
        var text = listing.GetProperty("content").GetString()!;
        Assert.Contains(HowMuch, text, StringComparison.Ordinal);
        Assert.Contains("It left out the first tranche", text, StringComparison.Ordinal);
        Assert.Contains("100 billion", text, StringComparison.Ordinal);

        // Every click and the modal's reason are counted as they come, though the store keeps only the last vote.
        Assert.Equal(
            ["up/False", "down/False", "down/True"],
            votes.GetMeasurementSnapshot().Select(v => $"{v.Tags["vote"]}/{v.Tags["comment"]}"));
    }

    [Fact]
    public async Task A_reply_after_a_restart_keeps_its_conversation_and_the_answer_is_audited()
    {
        var workspace = knowledge.NewWorkspace();
        try
        {
            CreatedMessage answer;
            FakeMessage question;
            await using (var first = await BotHarness.StartAsync(knowledge, _ => new Dictionary<string, string?>(), workspace: workspace))
            {
                await first.WaitUntilReadyAsync();
                question = first.Community.Mention(first.Community.Alice, HowMuch);
                answer = await first.ReplyToAsync(question);
                await first.WaitUntilIdleAsync();
            }

            await using var second = await BotHarness.StartAsync(knowledge, _ => new Dictionary<string, string?>(), workspace: workspace);
            await second.WaitUntilReadyAsync();
            var community = second.Community;
            var record = await second.Host.Services.GetRequiredService<AuditTrail>().FindAsync(answer.Id, CancellationToken.None);

            // Each fake hands out the same ids from the start; the new one must not reuse the ids of the first's messages.
            for (var i = 0; i < 100; i++)
            {
                second.Fake.Ids.Next();
            }

            // Without referenced_message only what the bot kept of its answer says the reply is to it.
            var followUp = community.Reply(community.Alice, community.BotMessage(answer, question), "and per gigawatt?") with { ReferencedMessageFetched = false };
            var reply = await second.ReplyToAsync(followUp);

            Assert.Contains("per GW", reply.Content, StringComparison.Ordinal);
            Assert.NotNull(record);
            Assert.Equal(HowMuch, record.Question);
            Assert.Equal("answered", record.Status);
            Assert.Contains(record.Passages, p => p.Cited && p.Quote.Length > 0);
            Assert.Equal((ulong)community.Guild.Id, record.GuildId);
            Assert.DoesNotContain(community.Alice.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), record.MemberHash!, StringComparison.Ordinal);
        }
        finally
        {
            workspace.Dispose();
        }
    }

    private static List<string> Buttons(JsonElement message) =>
        [.. message.GetProperty("components").EnumerateArray()
            .SelectMany(row => row.GetProperty("components").EnumerateArray())
            .Select(button => button.GetProperty("custom_id").GetString()!)];
}
