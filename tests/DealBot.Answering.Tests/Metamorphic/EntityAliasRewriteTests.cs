using DealBot.Core.Facts;
using DealBot.Knowledge.Facts;
using DealBot.Testing;

namespace DealBot.Answering.Tests.Metamorphic;

public sealed class EntityAliasRewriteTests
{
    private static readonly GlossaryEntry Nvidia = new("nvidia", "company", ["Nvidia", "NVDA"], ["英伟达"]) { Aliases = ["nvda", "team green", "英伟大"] };
    private static readonly GlossaryEntry Jensen = new("jensen-huang", "person", ["Jensen Huang"], ["黄仁勋"]) { Aliases = ["老黄"], Represents = "nvidia" };
    private static readonly GlossaryEntry Bernstein = new("bernstein", "company", ["Bernstein"], ["伯恩斯坦"]);
    private static readonly GlossaryEntry Gigawatt = new("gigawatt", "unit", ["gigawatt", "GW"], ["千兆瓦"]) { Aliases = ["gigs"] };
    private static readonly GlossaryEntry Amd = new("amd", "company", ["AMD"], ["AMD"]) { Aliases = ["amd", "team red"] };

    private readonly EntityAliasRewrite _rewrite = new([Nvidia, Jensen, Bernstein, Gigawatt, Amd]);

    [Fact]
    public void Rewrite_EnglishQuestion_NameBecomesALatinAliasAndTheRestStays()
    {
        var rewritten = _rewrite.Rewrite("How much does Nvidia plan to invest, up to $100 billion?");

        Assert.Contains(rewritten, new[] { "nvda", "team green" }.Select(a => $"How much does {a} plan to invest, up to $100 billion?"));
    }

    [Fact]
    public void Rewrite_ChineseQuestion_AnyAliasIncludingThoseOfWhoStandsForTheEntity()
    {
        var aliases = new[] { "nvda", "team green", "英伟大", "老黄" };
        var seen = new HashSet<string>();
        foreach (var question in new[] { "英伟达投资多少？", "英伟达投了多少钱？", "英伟达给了多少？", "英伟达什么时候投资？", "英伟达为什么投资？", "英伟达的投资有多大？", "英伟达投资几次？", "英伟达怎么投资？" })
        {
            var rewritten = _rewrite.Rewrite(question)!;
            var alias = Assert.Single(aliases, a => rewritten == a + question[3..]);
            seen.Add(alias);
        }

        Assert.Contains("老黄", seen);
        Assert.Contains(seen, a => a.Any(char.IsAsciiLetter));
    }

    [Fact]
    public void Rewrite_SameQuestionTwice_SameAlias()
    {
        var question = "Did Nvidia shares rise after the announcement?";

        Assert.Equal(_rewrite.Rewrite(question), new EntityAliasRewrite([Nvidia, Jensen, Bernstein, Gigawatt, Amd]).Rewrite(question));
    }

    [Fact]
    public void Rewrite_FirstEntityWithoutAlias_NextEntityRewritten()
    {
        var rewritten = _rewrite.Rewrite("Did Bernstein say Nvidia overpaid?");

        Assert.StartsWith("Did Bernstein say ", rewritten, StringComparison.Ordinal);
        Assert.DoesNotContain("Nvidia", rewritten, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did Bernstein say?")]        // an entity without aliases
    [InlineData("How many gigawatts are planned?")] // a unit, not an entity
    [InlineData("What's the weather like?")]
    [InlineData("Is NVIDIANS a word?")]              // the name inside a longer word
    public void Rewrite_NoEntityWithAnAlias_DoesNotApply(string question)
    {
        Assert.Null(_rewrite.Rewrite(question));
    }

    [Fact]
    public void Rewrite_AliasDifferingOnlyInCase_NotChosen()
    {
        Assert.Equal("What are the terms of team red's deal?", _rewrite.Rewrite("What are the terms of AMD's deal?"));
    }

    [Fact]
    public async Task Rewrite_RealGlossary_NvidiaBecomesOneOfItsAliases()
    {
        var glossary = (await new FactSheetLoader().LoadAsync(RepositoryPaths.KnowledgeDirectory)).Glossary;
        var nvidia = glossary.Single(e => e.Id == "nvidia");

        var rewritten = new EntityAliasRewrite(glossary).Rewrite("How much will Nvidia invest in 2026?")!;

        Assert.Contains(nvidia.Aliases.Concat(glossary.Where(e => e.Represents == "nvidia").SelectMany(e => e.Aliases)), a => rewritten == $"How much will {a} invest in 2026?");
    }
}
