using System.Text.Json;
using DealBot.Core.Ingestion;
using DealBot.Discord.Testing;
using DealBot.Tests.Bot.EndToEnd;
using Microsoft.Extensions.Logging;

namespace DealBot.Tests.Faults;

/// <summary>
/// <c>/kb add</c> and <c>/kb refresh</c> through the fake Discord, after a fault: the moderator's "thinking…" always
/// ends in a message that says what happened and why, nothing refused reaches the folder, and members keep getting
/// answers from the good source.
/// </summary>
[Collection(BotCollection.Name)]
public sealed class KnowledgeBaseFaultTests(KnowledgeSnapshot knowledge)
{
    [Theory]
    [InlineData(BadKnowledge.DealArticle, "unclosed", "the front matter opened with '---' is never closed (its last good version keeps answering)")]
    [InlineData("deal-structure-en copy.md", "copy", "its id 'deal-structure-en' is already used by deal-structure-en.md")]
    [InlineData("saved-page.html", "crowded", "the page has more than 60,000 elements")]
    [InlineData("case.md", "case-keys", "the front matter gives 'title' more than once")]
    public async Task A_refused_upload_ends_the_deferral_with_its_reason_and_members_keep_their_answers(string fileName, string kind, string expected)
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        var dealFile = Path.Combine(bot.KnowledgeDirectory, BadKnowledge.DealArticle);
        var good = File.ReadAllBytes(dealFile);

        var exchange = await AddAsync(bot, fileName, BadKnowledge.Content(kind, bot.KnowledgeDirectory));
        var text = await MessageAsync(exchange);

        Assert.Equal(InteractionCallback.Deferred, exchange.Callbacks[0].Json.GetProperty("type").GetInt32());
        Assert.StartsWith($"Could not add {fileName}: {expected}", text, StringComparison.Ordinal);
        Assert.Contains("The file was not saved.", text, StringComparison.Ordinal);
        BadKnowledge.AssertNoStackTrace(text);
        Assert.Equal(good, File.ReadAllBytes(dealFile));
        Assert.True(fileName == BadKnowledge.DealArticle || !File.Exists(Path.Combine(bot.KnowledgeDirectory, fileName)), "a refused upload was saved");
        await AssertTheDealStillAnswersAsync(bot);
    }

    [Fact]
    public async Task A_refresh_with_a_fact_no_article_states_publishes_nothing_and_the_figure_is_never_served()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        var facts = Path.Combine(bot.KnowledgeDirectory, "facts.yaml");
        File.WriteAllText(facts, BadKnowledge.InflatedFacts(File.ReadAllText(facts)));

        var text = await MessageAsync(await RefreshAsync(bot));

        Assert.StartsWith("Nothing was published: facts.yaml: nvidia-investment-inflated: quote not found in article 'deal-structure-en': \"up to US$300 billion\".", text, StringComparison.Ordinal);
        Assert.Contains("keeps answering as before", text, StringComparison.Ordinal);
        BadKnowledge.AssertNoStackTrace(text);
        var answer = await AssertTheDealStillAnswersAsync(bot);
        Assert.DoesNotContain("300 billion", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_with_a_bad_file_in_the_folder_names_it_and_publishes_the_rest()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        File.WriteAllText(Path.Combine(bot.KnowledgeDirectory, "saved-page.html"), BadKnowledge.CrowdedHtml());
        File.WriteAllText(Path.Combine(bot.KnowledgeDirectory, "deep-page.html"), BadKnowledge.DeepHtml(100_000));
        File.WriteAllText(Path.Combine(bot.KnowledgeDirectory, "aurora-note.md"), BadKnowledge.Content("good", bot.KnowledgeDirectory));

        var text = await MessageAsync(await RefreshAsync(bot));

        // The deep page is flattened and read; it has no date, which the moderator is told.
        Assert.StartsWith("Knowledge base refreshed in ", text, StringComparison.Ordinal);
        Assert.Contains("2 added", text, StringComparison.Ordinal);
        Assert.Contains("• saved-page.html failed: the page has more than 60,000 elements", text, StringComparison.Ordinal);
        Assert.Contains("• deep-page.html added with a warning: no published date found", text, StringComparison.Ordinal);
        BadKnowledge.AssertNoStackTrace(text);
        await AssertTheDealStillAnswersAsync(bot);
    }

    [Fact]
    public async Task A_refresh_that_fails_with_a_system_fault_still_ends_the_deferral_with_a_message()
    {
        await using var bot = await BotHarness.StartAsync(knowledge, services: services =>
            services.Decorate<IKnowledgeRefresher>(real => new FailingRefresher(real, new IOException("No space left on device"))));
        await bot.WaitUntilReadyAsync();

        var exchange = await AddAsync(bot, "aurora-note.md", BadKnowledge.Content("good", bot.KnowledgeDirectory));
        var text = await MessageAsync(exchange);

        Assert.Equal("The refresh failed: No space left on device. The live knowledge base keeps answering as before.", text);
        Assert.False(File.Exists(Path.Combine(bot.KnowledgeDirectory, "aurora-note.md")));
        await AssertTheDealStillAnswersAsync(bot);
    }

    [Theory]
    [InlineData("refresh", false)]
    [InlineData("add", false)]
    [InlineData("rollback", false)]
    [InlineData("refresh", true)]
    [InlineData("rollback", true)]
    public async Task A_data_directory_that_cannot_be_written_is_one_line_for_the_moderator(string subcommand, bool diskFull)
    {
        const string Directory = "/srv/dealbot-data";
        Exception fault = diskFull
            ? new IndexWriteException("could not write the index pointer (No space left on device); the previous index still answers", new IOException("No space left on device"))
            : new DataDirectoryNotWritableException(Directory, "permission denied", new UnauthorizedAccessException("Access to the path is denied."));
        await using var bot = await BotHarness.StartAsync(knowledge, services: services =>
            services.Decorate<IKnowledgeRefresher>(real => new FailingRefresher(real, fault, rollbackFails: true)));
        await bot.WaitUntilReadyAsync();

        var exchange = subcommand switch
        {
            "add" => await AddAsync(bot, "aurora-note.md", BadKnowledge.Content("good", bot.KnowledgeDirectory)),
            _ => await bot.Fake.SendCommandAsync(bot.Community.Command(bot.Community.Moderator, "kb", CommandOption.SubCommand(subcommand))),
        };
        var text = await MessageAsync(exchange);

        Assert.Equal(InteractionCallback.Deferred, exchange.Callbacks[0].Json.GetProperty("type").GetInt32());
        Assert.DoesNotContain('\n', text);
        Assert.StartsWith(subcommand == "rollback" ? "The rollback failed: " : "The refresh failed: ", text, StringComparison.Ordinal);
        Assert.Contains(diskFull ? "No space left on device" : "permission denied", text, StringComparison.Ordinal);
        Assert.EndsWith("The live knowledge base keeps answering as before.", text, StringComparison.Ordinal);
        BadKnowledge.AssertNoStackTrace(text);
        Assert.DoesNotContain(bot.LogsAtLeast(LogLevel.Error), r => r.Exception is not null);
        await AssertTheDealStillAnswersAsync(bot);
    }

    [Fact]
    public async Task An_upload_without_a_date_is_added_and_the_moderator_is_warned()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);

        var text = await MessageAsync(await AddAsync(bot, "undated-note.md", BadKnowledge.Content("undated", bot.KnowledgeDirectory)));

        Assert.StartsWith("Added undated-note.md.", text, StringComparison.Ordinal);
        Assert.Contains("• undated-note.md added with a warning: no published date found", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(bot.KnowledgeDirectory, "undated-note.md")));
        await AssertTheDealStillAnswersAsync(bot);
    }

    private static async Task<InteractionExchange> AddAsync(BotHarness bot, string fileName, string content)
    {
        var upload = bot.Fake.UploadAttachment(fileName, content);
        return await bot.Fake.SendCommandAsync(bot.Community.Command(bot.Community.Moderator, "kb", CommandOption.SubCommand("add", CommandOption.File("file", upload))));
    }

    private static Task<InteractionExchange> RefreshAsync(BotHarness bot) =>
        bot.Fake.SendCommandAsync(bot.Community.Command(bot.Community.Moderator, "kb", CommandOption.SubCommand("refresh")));

    private static async Task<string> MessageAsync(InteractionExchange exchange) =>
        (await exchange.WaitForResponseMessageAsync(BotHarness.Patience)).GetProperty("content").GetString()!;

    /// <summary>A member asks how much Nvidia will invest: US$100 billion, citing the deal article.</summary>
    private static async Task<string> AssertTheDealStillAnswersAsync(BotHarness bot)
    {
        var answer = await bot.ResponseToAsync(bot.Community.Ask(bot.Community.Alice, BadKnowledge.HowMuch));
        var content = answer.GetProperty("content").GetString()!;
        Assert.Contains("100 billion", content, StringComparison.Ordinal);
        Assert.Contains(SourceTitles(answer), title => title.Contains(BadKnowledge.DealTitle, StringComparison.Ordinal));
        return content;
    }

    private static IEnumerable<string> SourceTitles(JsonElement message)
        => message.TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array
            ? embeds.EnumerateArray().SelectMany(e => e.TryGetProperty("fields", out var f) ? f.EnumerateArray() : Enumerable.Empty<JsonElement>()).Select(f => f.GetProperty("name").GetString()!)
            : [];
}
