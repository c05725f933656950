using System.Text.RegularExpressions;
using DealBot.Bot;
using DealBot.Discord.Models;

namespace DealBot.Tests.Bot.Unit;

public sealed partial class SlashCommandsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_name_and_description_is_one_discord_accepts(bool global)
    {
        foreach (var command in SlashCommands.Definitions(500, global))
        {
            Assert.Matches(ValidName(), command.Name);
            Assert.InRange(command.Description.Length, 1, 100);
            Assert.All(command.DescriptionLocalizations!.Values, d => Assert.InRange(d.Length, 1, 100));
            foreach (var option in Flatten(command.Options ?? []))
            {
                Assert.Matches(ValidName(), option.Name);
                Assert.InRange(option.Description.Length, 1, 100);
            }
        }
    }

    [Fact]
    public void Ask_takes_a_required_question_of_bounded_length_and_an_optional_private_flag()
    {
        var ask = SlashCommands.Definitions(321, global: true).Single(c => c.Name == "ask");

        var question = ask.Options![0];
        Assert.Equal((ApplicationCommandOptionType.String, "question", true, 321), (question.Type, question.Name, question.Required, question.MaxLength));
        var isPrivate = ask.Options[1];
        Assert.Equal((ApplicationCommandOptionType.Boolean, "private", false), (isPrivate.Type, isPrivate.Name, isPrivate.Required));
        Assert.Null(ask.DefaultMemberPermissions);
    }

    [Fact]
    public void Kb_is_hidden_from_all_but_manage_server_and_has_its_five_subcommands()
    {
        var kb = SlashCommands.Definitions(500, global: true).Single(c => c.Name == "kb");

        Assert.Equal("32", kb.DefaultMemberPermissions);
        Assert.Equal([0], kb.Contexts);
        Assert.Equal(["refresh", "add", "status", "rollback", "feedback"], kb.Options!.Select(o => o.Name));
        Assert.All(kb.Options!, o => Assert.Equal(ApplicationCommandOptionType.SubCommand, o.Type));
        var file = Assert.Single(kb.Options!.Single(o => o.Name == "add").Options!);
        Assert.Equal((ApplicationCommandOptionType.Attachment, true), (file.Type, file.Required));
    }

    [Fact]
    public void Guild_commands_carry_no_contexts()
    {
        Assert.All(SlashCommands.Definitions(500, global: false), c => Assert.Null(c.Contexts));
    }

    private static IEnumerable<ApplicationCommandOptionDefinition> Flatten(IEnumerable<ApplicationCommandOptionDefinition> options) =>
        options.SelectMany(o => new[] { o }.Concat(Flatten(o.Options ?? [])));

    [GeneratedRegex(@"^[-_\p{Ll}\p{N}]{1,32}$")]
    private static partial Regex ValidName();
}
