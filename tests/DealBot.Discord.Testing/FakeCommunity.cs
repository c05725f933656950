namespace DealBot.Discord.Testing;

/// <summary>
/// The people and places of a bot scenario: one guild (with the bot's managed role and a moderators role), two
/// members, a moderator, a webhook-less other bot, and a DM channel per person. Builds what they post or invoke,
/// with the ids, mentions and permissions Discord would fill in.
/// </summary>
public sealed class FakeCommunity
{
    private readonly FakeSnowflakes _ids;

    public FakeCommunity(FakeSnowflakes ids, FakeUser bot, ulong guildId = 3003, ulong textChannelId = 600)
    {
        _ids = ids;
        Bot = bot;
        Guild = new FakeGuild { Id = guildId, Bot = bot, TextChannelId = textChannelId, BotRoleId = ids.Next(), ModeratorRoleId = ids.Next() };
        Alice = new FakeUser(ids.Next(), "alice");
        Bob = new FakeUser(ids.Next(), "bob");
        Moderator = new FakeUser(ids.Next(), "mod");
        OtherBot = new FakeUser(ids.Next(), "otherbot", IsBot: true);
    }

    public FakeUser Bot { get; }

    public FakeGuild Guild { get; }

    public FakeUser Alice { get; }

    public FakeUser Bob { get; }

    /// <summary>Holds Manage Server; also carries the guild's moderators role.</summary>
    public FakeUser Moderator { get; }

    public FakeUser OtherBot { get; }

    /// <summary>The DM channel between <paramref name="user"/> and the bot (a stable id per user).</summary>
    public static ulong DirectChannelOf(FakeUser user) => user.Id + 1;

    /// <summary>"@DealBot text" in the guild's text channel: <c>&lt;@bot&gt;</c> in content and the bot in <c>mentions</c>.</summary>
    public FakeMessage Mention(FakeUser author, string text) => InGuild(author, $"{Bot.Mention} {text}") with { Mentions = [Bot] };

    /// <summary>"@DealBot-role text": the bot's managed role in content and in <c>mention_roles</c>, the bot user not mentioned.</summary>
    public FakeMessage RoleMention(FakeUser author, string text)
        => InGuild(author, $"<@&{FakeJson.Id(Guild.BotRoleId)}> {text}") with { MentionRoleIds = [Guild.BotRoleId] };

    /// <summary>A message in the guild's text channel that pings nobody.</summary>
    public FakeMessage InGuild(FakeUser author, string content) => new()
    {
        Id = _ids.Next(),
        ChannelId = Guild.TextChannelId,
        GuildId = Guild.Id,
        Author = author,
        AuthorRoleIds = author == Moderator ? [Guild.ModeratorRoleId] : [],
        Content = content,
    };

    /// <summary>A direct message to the bot.</summary>
    public FakeMessage Direct(FakeUser author, string content) => new()
    {
        Id = _ids.Next(),
        ChannelId = DirectChannelOf(author),
        Author = author,
        Content = content,
    };

    /// <summary>
    /// A reply to <paramref name="replied"/>. With <paramref name="ping"/> off (the client's "@ON/OFF" switch) the
    /// replied author is not in <c>mentions</c> and the content holds no mention.
    /// </summary>
    public FakeMessage Reply(FakeUser author, FakeMessage replied, string content, bool ping = false)
        => (replied.GuildId is null ? Direct(author, content) : InGuild(author, content)) with
        {
            ChannelId = replied.ChannelId,
            ReferencedMessage = replied,
            Mentions = ping ? [replied.Author] : [],
        };

    /// <summary>The bot's own message (as a reply would reference it) from what the fake recorded.</summary>
    public FakeMessage BotMessage(CreatedMessage created, FakeMessage question) => new()
    {
        Id = created.Id,
        ChannelId = created.ChannelId,
        GuildId = question.GuildId,
        Author = Bot,
        Content = created.Content,
    };

    /// <summary>The bot's response to a slash command (type 20), as a reply to it would reference it.</summary>
    public FakeMessage CommandResponse(InteractionExchange exchange, string content) => new()
    {
        Id = exchange.OriginalMessageId,
        ChannelId = exchange.Interaction.ChannelId,
        GuildId = Guild.Id,
        Author = Bot,
        Content = content,
        TypeOverride = FakeMessage.ChatInputCommandType,
    };

    /// <summary>A slash command in the guild's text channel with ordinary member permissions.</summary>
    public SlashCommand Command(FakeUser user, string name, params CommandOption[] options) => new()
    {
        Name = name,
        Options = options,
        User = user,
        ChannelId = Guild.TextChannelId,
        GuildId = Guild.Id,
        RoleIds = user == Moderator ? [Guild.ModeratorRoleId] : [],
        Permissions = user == Moderator ? FakePermissions.Moderator : FakePermissions.Member,
    };

    /// <summary><c>/ask question [private]</c> in the guild.</summary>
    public SlashCommand Ask(FakeUser user, string question, bool? isPrivate = null)
        => Command(user, "ask", isPrivate is { } p ? [CommandOption.String("question", question), CommandOption.Boolean("private", p)] : [CommandOption.String("question", question)]);
}
