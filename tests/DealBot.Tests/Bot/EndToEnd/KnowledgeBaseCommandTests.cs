using System.Text.Json;
using DealBot.Core.Ingestion;
using DealBot.Discord.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary><c>/kb</c>: moderators change the knowledge base from Discord; everyone else is refused, privately.</summary>
[Collection(BotCollection.Name)]
public sealed class KnowledgeBaseCommandTests(KnowledgeSnapshot knowledge)
{
    private const string WhereInstalled = "Where will the first Nvidia systems for OpenAI be installed?";

    private const string NewArticle = """
        ---
        id: community-update-en
        title: "Deal watchers update: the Aurora Falls site"
        language: en
        published: 2025-10-02
        source: "Added by a moderator from Discord"
        ---

        According to the Deal watchers community, the first Nvidia systems for OpenAI will be installed at a data centre code-named Aurora Falls.

        The Aurora Falls data centre is planned to host 1 gigawatt (GW) of Nvidia systems, as reported in October 2025.
        """;

    [Fact]
    public async Task A_member_without_manage_server_is_refused_kb_refresh_privately_and_nothing_is_refreshed()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);

        var exchange = await bot.Fake.SendCommandAsync(bot.Community.Command(bot.Community.Alice, "kb", CommandOption.SubCommand("refresh")));
        var callback = await exchange.WaitForCallbackAsync(BotHarness.Patience);

        Assert.Equal(InteractionCallback.ChannelMessage, callback.Json.GetProperty("type").GetInt32());
        var data = callback.Json.GetProperty("data");
        Assert.Equal(InteractionCallback.EphemeralFlag, data.GetProperty("flags").GetInt32() & InteractionCallback.EphemeralFlag);
        Assert.Contains("moderator", data.GetProperty("content").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(exchange.OriginalEdits);
        Assert.False(bot.Host.Services.GetRequiredService<IKnowledgeRefresher>().IsRefreshing);
    }

    [Fact]
    public async Task A_moderator_adds_an_article_and_the_next_ask_answers_from_it()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        var community = bot.Community;
        var before = await bot.ResponseToAsync(community.Ask(community.Bob, WhereInstalled));

        var upload = bot.Fake.UploadAttachment("aurora-falls.md", NewArticle);
        var add = await bot.Fake.SendCommandAsync(community.Command(community.Moderator, "kb", CommandOption.SubCommand("add", CommandOption.File("file", upload))));
        var callback = await add.WaitForCallbackAsync(BotHarness.Patience);
        var report = (await add.WaitForOriginalEditAsync(BotHarness.Patience)).Json.GetProperty("content").GetString();
        var after = await bot.ResponseToAsync(community.Ask(community.Alice, WhereInstalled));

        Assert.DoesNotContain("Aurora Falls", before.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(InteractionCallback.Deferred, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(InteractionCallback.EphemeralFlag, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("1 added", report, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(bot.KnowledgeDirectory, "aurora-falls.md")), "the article was not saved into the knowledge directory");
        Assert.Contains("Aurora Falls", after.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains(SourceTitles(after), title => title.Contains("Deal watchers update: the Aurora Falls site", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_of_a_configured_moderator_role_may_use_kb_without_manage_server()
    {
        await using var bot = await BotHarness.StartAsync(knowledge, community => new Dictionary<string, string?>
        {
            ["Discord:ModeratorRoleIds:0"] = FakeJson.Id(community.Guild.ModeratorRoleId),
        });
        await bot.WaitUntilReadyAsync();
        var community = bot.Community;

        var status = community.Command(community.Alice, "kb", CommandOption.SubCommand("status")) with { RoleIds = [community.Guild.ModeratorRoleId] };
        var exchange = await bot.Fake.SendCommandAsync(status);
        var answer = await exchange.WaitForResponseMessageAsync(BotHarness.Patience);

        Assert.Equal(FakePermissions.Member, status.Permissions);
        Assert.Equal(InteractionCallback.Deferred, exchange.Callbacks[0].Json.GetProperty("type").GetInt32());
        Assert.Contains("ready", answer.GetProperty("content").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("moderator", answer.GetProperty("content").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_second_refresh_while_one_runs_is_told_one_is_already_running()
    {
        HeldRefresher? held = null;
        await using var bot = await BotHarness.StartAsync(knowledge, services: services =>
            services.Decorate<IKnowledgeRefresher>(real => held = new HeldRefresher(real)));
        await bot.WaitUntilReadyAsync();
        var refresh = bot.Community.Command(bot.Community.Moderator, "kb", CommandOption.SubCommand("refresh"));

        var first = await bot.Fake.SendCommandAsync(refresh);
        await held!.Entered.WaitAsync(BotHarness.Patience);
        var second = await bot.Fake.SendCommandAsync(refresh);
        var secondAnswer = await second.WaitForResponseMessageAsync(BotHarness.Patience);
        held.Release();
        var firstAnswer = await first.WaitForResponseMessageAsync(BotHarness.Patience);

        Assert.Contains("already running", secondAnswer.GetProperty("content").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("refreshed", firstAnswer.GetProperty("content").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_uploaded_file_name_cannot_climb_out_of_the_knowledge_directory()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        var outside = Path.GetFullPath(Path.Combine(bot.KnowledgeDirectory, "..", "escaped.md"));

        var upload = bot.Fake.UploadAttachment("../escaped.md", NewArticle);
        var exchange = await bot.Fake.SendCommandAsync(bot.Community.Command(bot.Community.Moderator, "kb", CommandOption.SubCommand("add", CommandOption.File("file", upload))));
        await exchange.WaitForResponseMessageAsync(BotHarness.Patience);

        Assert.False(File.Exists(outside), "the upload was written outside the knowledge directory");
        Assert.DoesNotContain(Directory.EnumerateFiles(bot.KnowledgeDirectory, "*", SearchOption.AllDirectories), f => !Path.GetFullPath(f).StartsWith(Path.GetFullPath(bot.KnowledgeDirectory), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("slides.pdf", "application/pdf", 1_000, "only .md")]
    [InlineData("huge.md", "text/markdown; charset=utf-8", 300_000, "larger than")]
    public async Task An_upload_of_the_wrong_type_or_too_large_is_refused_privately_without_downloading(string fileName, string contentType, int size, string reason)
    {
        await using var bot = await BotHarness.StartAsync(knowledge, new Dictionary<string, string?> { ["Bot:MaxAttachmentBytes"] = "100000" });
        await bot.WaitUntilReadyAsync();

        var upload = bot.Fake.UploadAttachment(fileName, new string('x', size), contentType);
        var exchange = await bot.Fake.SendCommandAsync(bot.Community.Command(bot.Community.Moderator, "kb", CommandOption.SubCommand("add", CommandOption.File("file", upload))));
        var answer = await exchange.WaitForResponseMessageAsync(BotHarness.Patience);

        Assert.Contains(reason, answer.GetProperty("content").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(InteractionCallback.EphemeralFlag, answer.GetProperty("flags").GetInt32() & InteractionCallback.EphemeralFlag);
        Assert.Empty(bot.Fake.Cdn.AuthorizationHeaders);
        Assert.False(File.Exists(Path.Combine(bot.KnowledgeDirectory, fileName)));
    }

    private static IEnumerable<string> SourceTitles(JsonElement message)
        => message.TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array
            ? embeds.EnumerateArray().SelectMany(e => e.TryGetProperty("fields", out var f) ? f.EnumerateArray() : Enumerable.Empty<JsonElement>()).Select(f => f.GetProperty("name").GetString()!)
            : [];
}
