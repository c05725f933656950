using System.CommandLine;
using DealBot.Cli;

namespace DealBot.Tests.Cli;

public sealed class SettingTokensTests
{
    [Theory]
    [InlineData("--Knowledge:DataDirectory=/tmp/db", true)]
    [InlineData("--Discord:GuildIds:0=123", true)]
    [InlineData("-Llm:Provider=none", true)]
    [InlineData("--Bot:MaxQuestionLength", true)]
    [InlineData("--json", false)]
    [InlineData("--rollback", false)]
    [InlineData("knowledge/new-article.md", false)]
    [InlineData("C:/articles/a.md", false)]
    public void Recognises_settings_by_their_section_separator(string token, bool expected) =>
        Assert.Equal(expected, SettingTokens.IsSetting(token));

    [Fact]
    public void A_setting_taken_as_a_file_still_reaches_the_host()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.ZeroOrMore };
        var root = new RootCommand { TreatUnmatchedTokensAsErrors = false };
        var ingest = new Command("ingest") { files };
        root.Subcommands.Add(ingest);

        var parse = root.Parse(["ingest", "a.md", "--Knowledge:DataDirectory=/tmp/db", "--Llm:Provider=none"]);

        Assert.Contains("--Knowledge:DataDirectory=/tmp/db", parse.GetValue(files)!);
        Assert.Equal(["--Knowledge:DataDirectory=/tmp/db", "--Llm:Provider=none"], SettingTokens.HostArguments(parse));
    }
}
