using System.Text.Json;
using DealBot.Discord.Testing;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary><c>/sources</c> and <c>/timeline</c>: what the knowledge base holds, answered inside the 3-second window.</summary>
[Collection(BotCollection.Name)]
public sealed class BrowsingCommandTests(KnowledgeSnapshot knowledge)
{
    [Fact]
    public async Task Sources_lists_every_article_with_its_date_and_language()
    {
        await using var bot = await BotHarness.StartAsync(knowledge);

        var text = await ListingAsync(bot, "sources");

        Assert.Contains("Nvidia and OpenAI sign a letter of intent worth up to US$100 billion", text, StringComparison.Ordinal);
        Assert.Contains("英伟达与OpenAI签署合作意向书", text, StringComparison.Ordinal);
        Assert.Contains("2025-09-23", text, StringComparison.Ordinal);
        Assert.Contains("English", text, StringComparison.Ordinal);
        Assert.Contains("Chinese", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_lists_the_milestones_marking_plans_as_plans()
    {
        await using var bot = await BotHarness.StartAsync(knowledge);

        var text = await ListingAsync(bot, "timeline");

        Assert.Contains("2026", text, StringComparison.Ordinal);
        Assert.Contains("planned", text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Invokes the command once the bot is ready; checks Discord's deadline; returns all the text shown.</summary>
    private static async Task<string> ListingAsync(BotHarness bot, string command)
    {
        await bot.WaitUntilReadyAsync();
        var exchange = await bot.Fake.SendCommandAsync(bot.Community.Command(bot.Community.Alice, command));
        var message = await exchange.WaitForResponseMessageAsync(BotHarness.Patience);
        DiscordAssert.AcknowledgedInTime(exchange, exchange.Callbacks[0]);
        Assert.Empty(bot.Fake.Rest.RefusedBodies);
        return AllText(message);
    }

    /// <summary>The content and every embed text of a message, joined.</summary>
    private static string AllText(JsonElement message)
    {
        var parts = new List<string>();
        Collect(message, parts);
        return string.Join('\n', parts);
    }

    private static void Collect(JsonElement element, List<string> parts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                parts.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, parts);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, parts);
                }

                break;
        }
    }
}
