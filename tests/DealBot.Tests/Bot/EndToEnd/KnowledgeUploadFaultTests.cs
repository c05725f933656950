using DealBot.Discord.Testing;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>
/// <c>/kb add</c> with an attachment whose address leads elsewhere: a host that is not an attachment host, or a CDN
/// answer that redirects. The moderator gets one line saying why, nothing else is requested, nothing is saved and
/// no refresh runs.
/// </summary>
[Collection(BotCollection.Name)]
public sealed class KnowledgeUploadFaultTests(KnowledgeSnapshot knowledge)
{
    private const string Article = """
        ---
        id: redirected-en
        title: "A redirected article"
        language: en
        published: 2025-10-02
        ---

        Nvidia plans to invest up to US$900 billion in OpenAI, says this article nobody should ingest.
        """;

    [Theory]
    [InlineData("https://evil.example/attachments/600/1/article.md")]
    [InlineData("https://cdn.discordapp.com.evil.example/attachments/600/1/article.md")]
    [InlineData("http://169.254.169.254/latest/meta-data/article.md")]
    [InlineData("LOCALHOST")]
    public async Task An_attachment_not_on_an_attachment_host_is_refused_in_one_line_without_a_download(string address)
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        var upload = bot.Fake.UploadAttachment("article.md", Article);

        // LOCALHOST: the fake itself under another name, which would serve the file if asked.
        var url = address == "LOCALHOST" ? new Uri(upload.Url.ToString().Replace("127.0.0.1", "localhost", StringComparison.Ordinal)) : new Uri(address);
        var answer = await AddAsync(bot, upload with { Url = url });

        Assert.Equal("Cannot add article.md: it is not on Discord's attachment servers.", answer);
        Assert.Empty(bot.Fake.Cdn.RequestedPaths);
        Assert.False(File.Exists(Path.Combine(bot.KnowledgeDirectory, "article.md")));
    }

    [Fact]
    public async Task An_attachment_that_redirects_is_refused_and_the_redirect_is_not_followed()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        var target = bot.Fake.UploadAttachment("target.md", Article);
        var upload = bot.Fake.UploadAttachment("article.md", "placeholder");
        bot.Fake.Cdn.RedirectTo(upload, target.Url);

        var answer = await AddAsync(bot, upload);

        Assert.Equal("Cannot add article.md: its download address redirects elsewhere, which the bot does not follow.", answer);
        Assert.Equal([upload.Url.AbsolutePath], bot.Fake.Cdn.RequestedPaths);
        Assert.False(File.Exists(Path.Combine(bot.KnowledgeDirectory, "article.md")));
        Assert.False(File.Exists(Path.Combine(bot.KnowledgeDirectory, "target.md")));
    }

    [Fact]
    public async Task An_attachment_that_redirects_to_another_host_is_refused_too()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        var upload = bot.Fake.UploadAttachment("article.md", "placeholder");
        bot.Fake.Cdn.RedirectTo(upload, new Uri("http://169.254.169.254/latest/meta-data"));

        var answer = await AddAsync(bot, upload);

        Assert.StartsWith("Cannot add article.md: its download address redirects elsewhere", answer, StringComparison.Ordinal);
        Assert.Single(bot.Fake.Cdn.RequestedPaths);
    }

    [Fact]
    public async Task A_file_name_with_markdown_is_shown_literally_in_the_refusal()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        var upload = bot.Fake.UploadAttachment("**@everyone**.pdf", "not an article", "application/pdf");

        var answer = await AddAsync(bot, upload);

        Assert.Equal("Cannot add \\*\\*@\u200Beveryone\\*\\*.pdf: only .md, .txt and .html files are accepted.", answer);
    }

    /// <summary>A moderator's <c>/kb add</c> of <paramref name="attachment"/>; returns the text the moderator sees.</summary>
    private static async Task<string> AddAsync(BotHarness bot, FakeAttachment attachment)
    {
        var exchange = await bot.Fake.SendCommandAsync(bot.Community.Command(bot.Community.Moderator, "kb", CommandOption.SubCommand("add", CommandOption.File("file", attachment))));
        var message = await exchange.WaitForResponseMessageAsync(BotHarness.Patience);
        Assert.Equal(InteractionCallback.EphemeralFlag, exchange.Callbacks[0].Json.GetProperty("data").GetProperty("flags").GetInt32() & InteractionCallback.EphemeralFlag);
        return message.GetProperty("content").GetString()!;
    }
}
