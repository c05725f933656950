using DealBot.Discord.Models;

namespace DealBot.Bot;

/// <summary>The bot's slash commands as registered with Discord, with Chinese descriptions for zh-CN and zh-TW clients.</summary>
internal static class SlashCommands
{
    public const string Ask = "ask";
    public const string Sources = "sources";
    public const string Timeline = "timeline";
    public const string KnowledgeBase = "kb";
    public const string Refresh = "refresh";
    public const string Add = "add";
    public const string Status = "status";
    public const string Rollback = "rollback";
    public const string Feedback = "feedback";
    public const string QuestionOption = "question";
    public const string PrivateOption = "private";
    public const string FileOption = "file";

    // MANAGE_GUILD (1 << 5) as Discord's decimal string: hides /kb from everyone else by default.
    private const string ManageGuild = "32";

    /// <param name="maxQuestionLength">The longest question the bot accepts; Discord enforces it in the client too.</param>
    /// <param name="global">Global commands also say where they may be used (guilds and DMs with the bot).</param>
    public static IReadOnlyList<ApplicationCommandDefinition> Definitions(int maxQuestionLength, bool global) =>
    [
        new()
        {
            Name = Ask,
            Description = "Ask about the OpenAI–Nvidia deal; answers cite their sources",
            DescriptionLocalizations = Chinese("询问 OpenAI 与英伟达的合作，回答附带来源"),
            Options =
            [
                new()
                {
                    Type = ApplicationCommandOptionType.String,
                    Name = QuestionOption,
                    Description = "Your question, in English or Chinese",
                    DescriptionLocalizations = Chinese("你的问题（中文或英文）"),
                    Required = true,
                    MinLength = 1,
                    MaxLength = maxQuestionLength,
                },
                new()
                {
                    Type = ApplicationCommandOptionType.Boolean,
                    Name = PrivateOption,
                    Description = "Only you see the answer",
                    DescriptionLocalizations = Chinese("只有你能看到回答"),
                    Required = false,
                },
            ],
            Contexts = global ? [0, 1] : null,
        },
        new()
        {
            Name = Sources,
            Description = "The articles the bot answers from, with dates and languages",
            DescriptionLocalizations = Chinese("机器人回答所依据的文章（日期与语言）"),
            Contexts = global ? [0, 1] : null,
        },
        new()
        {
            Name = Timeline,
            Description = "The deal's milestones, as the sources reported them",
            DescriptionLocalizations = Chinese("按来源报道的合作时间线"),
            Contexts = global ? [0, 1] : null,
        },
        new()
        {
            Name = KnowledgeBase,
            Description = "Moderators: manage the knowledge base",
            DescriptionLocalizations = Chinese("版主：管理知识库"),
            DefaultMemberPermissions = ManageGuild,
            Contexts = global ? [0] : null,
            Options =
            [
                SubCommand(Refresh, "Re-read the knowledge directory and update the index", "重新读取知识目录并更新索引"),
                SubCommand(Add, "Add or replace an article (.md, .txt or .html) and refresh", "添加或替换一篇文章（.md、.txt 或 .html）并刷新",
                [
                    new()
                    {
                        Type = ApplicationCommandOptionType.Attachment,
                        Name = FileOption,
                        Description = "The article file",
                        DescriptionLocalizations = Chinese("文章文件"),
                        Required = true,
                    },
                ]),
                SubCommand(Status, "What the knowledge base holds now", "知识库当前状态"),
                SubCommand(Rollback, "Make the previous index live again", "恢复上一个索引版本"),
                SubCommand(Feedback, "The latest answers members gave a 👎, with what was wrong", "最近被成员点 👎 的回答及原因"),
            ],
        },
    ];

    private static ApplicationCommandOptionDefinition SubCommand(string name, string description, string chinese, IReadOnlyList<ApplicationCommandOptionDefinition>? options = null) => new()
    {
        Type = ApplicationCommandOptionType.SubCommand,
        Name = name,
        Description = description,
        DescriptionLocalizations = Chinese(chinese),
        Options = options,
    };

    private static Dictionary<string, string> Chinese(string text) => new(StringComparer.Ordinal) { ["zh-CN"] = text, ["zh-TW"] = text };
}
