namespace DealBot.Answering.Tests.Metamorphic;

public sealed class ChineseScriptTableTests
{
    private static readonly ChineseScriptTable Table = ChineseScriptTable.Parse(
        ["# comment", "T\t輝辉", "S\t辉輝", "T\t麵面", "T\t麼么", "T\t麽么", "S\t么麼", "T\t達达", "S\t达達"]);

    [Fact]
    public void ToTraditional_CharactersTheTableInverts_Changed()
    {
        Assert.Equal("輝達", Table.ToTraditional("辉达"));
    }

    [Fact]
    public void ToTraditional_SimplifiedCharacterThatIsAlsoTraditional_Kept()
    {
        // 面 has no S line: it is traditional too (方面), though 麵 simplifies to it.
        Assert.Equal("方面", Table.ToTraditional("方面"));
    }

    [Fact]
    public void ToTraditional_SeveralTraditionalForms_TheSLineChooses()
    {
        Assert.Equal("怎麼", Table.ToTraditional("怎么"));
    }

    [Fact]
    public void ToSimplified_TraditionalText_Simplified()
    {
        Assert.Equal("辉达怎么", Table.ToSimplified("輝達怎麽"));
    }

    [Fact]
    public void RepositoryTable_EveryCharacterItTurnsTraditional_SimplifiesBack()
    {
        var turned = Enumerable.Range(0x3400, 0x9FFF - 0x3400 + 1).Select(c => ((char)c).ToString())
            .Select(c => (Simplified: c, Traditional: ChineseScriptTable.Repository.ToTraditional(c)))
            .Where(p => p.Traditional != p.Simplified)
            .ToList();

        Assert.True(turned.Count > 2000, $"the repository table turned only {turned.Count} characters traditional");
        Assert.All(turned, p => Assert.Equal(p.Simplified, ChineseScriptTable.Repository.ToSimplified(p.Traditional)));
    }
}
