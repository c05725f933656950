using System.Text.Json;
using DealBot.Discord.Models;
using DealBot.Discord.Rest;
using DealBot.Discord.Testing;
using DealBot.Discord.Tests.Support;

namespace DealBot.Discord.Tests.Rest;

public sealed class RestOperationsTests
{
    private const string NoPings = """{"parse":[],"replied_user":false}""";
    private const string InteractionToken = "aW50ZXJhY3Rpb246ODAw-secret";

    [Fact]
    public async Task MessageOperations_NoAllowedMentionsGiven_SendParseEmptyEverywhere()
    {
        await using var harness = await RestHarness.StartAsync();
        var client = harness.Client;

        await client.CreateMessageAsync(600, new MessageCreateRequest { Content = "@everyone look", MessageReference = MessageReference.ReplyTo(555) });
        await client.EditMessageAsync(600, 9001, new MessageEditRequest { Content = "edited @everyone" });
        await client.CreateInteractionResponseAsync(800, InteractionToken, InteractionResponse.Message(new InteractionMessage { Content = "<@&88>" }));
        await client.EditOriginalInteractionResponseAsync(2002, InteractionToken, new MessageEditRequest { Content = "<@42>" });
        await client.CreateFollowupMessageAsync(2002, InteractionToken, new InteractionMessage { Content = "more" });

        var bodies = harness.Api.Requests.Select(r => r.Json).ToList();
        Assert.Equal(5, bodies.Count);
        Assert.All(bodies.Take(2).Concat(bodies.Skip(3)), b => Assert.Equal(NoPings, b.GetProperty("allowed_mentions").GetRawText()));
        Assert.Equal(NoPings, bodies[2].GetProperty("data").GetProperty("allowed_mentions").GetRawText());
        Assert.Equal("""{"message_id":"555","fail_if_not_exists":false}""", bodies[0].GetProperty("message_reference").GetRawText());
    }

    [Fact]
    public async Task CreateMessageAsync_ExplicitAllowedMentions_AreKept()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.CreateMessageAsync(600, new MessageCreateRequest
        {
            Content = "hi",
            AllowedMentions = new AllowedMentions { Users = [42], RepliedUser = true },
        });

        Assert.Equal("""{"users":["42"],"replied_user":true}""", Assert.Single(harness.Api.Requests).Json.GetProperty("allowed_mentions").GetRawText());
    }

    [Fact]
    public async Task CreateMessageAsync_TwoSends_EachCarriesOwnShortEnforcedNonce()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.CreateMessageAsync(600, new MessageCreateRequest { Content = "a" });
        await harness.Client.CreateMessageAsync(600, new MessageCreateRequest { Content = "b" });

        var nonces = harness.Api.Requests.Select(r => r.Json.GetProperty("nonce").GetString()!).ToList();
        Assert.All(nonces, n => Assert.InRange(n.Length, 1, 25));
        Assert.NotEqual(nonces[0], nonces[1]);
        Assert.All(harness.Api.Requests, r => Assert.True(r.Json.GetProperty("enforce_nonce").GetBoolean()));
        Assert.Equal(2, harness.Api.CreatedMessages.Count);
    }

    [Fact]
    public async Task Requests_ApiAndInteractionRoutes_CarryTheRightHeaders()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.TriggerTypingAsync(600);
        await harness.Client.CreateInteractionResponseAsync(800, InteractionToken, InteractionResponse.Defer());

        var typing = harness.Api.Requests[0];
        var callback = harness.Api.Requests[1];
        Assert.Equal("Bot " + RestHarness.Token, typing.Header("Authorization"));
        Assert.StartsWith("DiscordBot (https://localhost, ", typing.Header("User-Agent"));
        Assert.Null(callback.Header("Authorization"));
        Assert.Equal($"/interactions/800/{InteractionToken}/callback", callback.Path);
    }

    [Fact]
    public async Task CreateInteractionResponseAsync_EphemeralDefer_SendsType5WithFlag64Only()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.CreateInteractionResponseAsync(800, InteractionToken, InteractionResponse.Defer(ephemeral: true));

        Assert.Equal("""{"type":5,"data":{"flags":64}}""", Assert.Single(harness.Api.Requests).Body);
    }

    [Fact]
    public async Task CreateInteractionResponseAsync_SecondResponse_ThrowsAlreadyAcknowledged()
    {
        await using var harness = await RestHarness.StartAsync();
        await harness.Client.CreateInteractionResponseAsync(800, InteractionToken, InteractionResponse.Defer());

        var error = await Assert.ThrowsAsync<DiscordRestException>(
            () => harness.Client.CreateInteractionResponseAsync(800, InteractionToken, InteractionResponse.Defer()));

        Assert.Equal(40060, error.DiscordCode);
        Assert.DoesNotContain(InteractionToken, error.Message);
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Message.Contains(InteractionToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverwriteCommandsAsync_GlobalAndGuild_SendDefinitionsAndReadIds()
    {
        await using var harness = await RestHarness.StartAsync();
        ApplicationCommandDefinition[] commands =
        [
            new()
            {
                Name = "ask",
                Description = "Ask about the deal",
                Contexts = [0, 1],
                Options = [new() { Type = ApplicationCommandOptionType.String, Name = "question", Description = "Your question", Required = true, MaxLength = 4000 }],
            },
            new()
            {
                Name = "deal",
                Description = "Moderator tools",
                DefaultMemberPermissions = "32",
                Options =
                [
                    new()
                    {
                        Type = ApplicationCommandOptionType.SubCommand, Name = "ingest", Description = "Add a file",
                        Options = [new() { Type = ApplicationCommandOptionType.Attachment, Name = "file", Description = "The file", Required = true }],
                    },
                ],
            },
        ];

        var global = await harness.Client.OverwriteGlobalCommandsAsync(2002, commands);
        var guild = await harness.Client.OverwriteGuildCommandsAsync(2002, 3003, commands);

        var body = harness.Api.Requests[0].Json;
        Assert.Equal("PUT", harness.Api.Requests[0].Method);
        Assert.Equal("/applications/2002/commands", harness.Api.Requests[0].Path);
        Assert.Equal("/applications/2002/guilds/3003/commands", harness.Api.Requests[1].Path);
        Assert.Equal("""{"type":3,"name":"question","description":"Your question","required":true,"max_length":4000}""", body[0].GetProperty("options")[0].GetRawText());
        Assert.Equal("[0,1]", body[0].GetProperty("contexts").GetRawText());
        Assert.Equal(JsonValueKind.String, body[1].GetProperty("default_member_permissions").ValueKind);
        Assert.Equal(11, body[1].GetProperty("options")[0].GetProperty("options")[0].GetProperty("type").GetInt32());
        Assert.Equal(["ask", "deal"], global.Select(c => c.Name));
        Assert.All(guild, c => Assert.Equal(3003UL, c.GuildId));
    }

    [Fact]
    public async Task GetCurrentUserAndApplicationAsync_ReadIds()
    {
        await using var harness = await RestHarness.StartAsync();

        Assert.Equal(1001UL, (await harness.Client.GetCurrentUserAsync()).Id);
        Assert.Equal(2002UL, (await harness.Client.GetCurrentApplicationAsync()).Id);
    }

    [Theory]
    [InlineData(1000, false, false)]
    [InlineData(100_000, false, true)]
    [InlineData(100_000, true, true)]
    public async Task DownloadAttachmentAsync_SizeAgainstLimit_ReturnsContentOrTooLarge(int size, bool chunked, bool tooLarge)
    {
        await using var harness = await RestHarness.StartAsync();

        var download = await harness.Client.DownloadAttachmentAsync(harness.Server.CdnUrl(size, chunked), maxBytes: 10_000);

        Assert.Equal(tooLarge, download.TooLarge);
        Assert.Equal(tooLarge ? 0 : size, download.Content.Length);
        Assert.All(harness.Server.Cdn.AuthorizationHeaders, Assert.Null);
    }
}
