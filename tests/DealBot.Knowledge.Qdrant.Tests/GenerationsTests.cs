using Qdrant.Client.Grpc;

namespace DealBot.Knowledge.Qdrant.Tests;

public sealed class GenerationsTests
{
    private static string Describe(AliasOperations op) => op.ActionCase switch
    {
        AliasOperations.ActionOneofCase.CreateAlias => $"create {op.CreateAlias.AliasName}->{op.CreateAlias.CollectionName}",
        AliasOperations.ActionOneofCase.DeleteAlias => $"delete {op.DeleteAlias.AliasName}",
        _ => op.ActionCase.ToString(),
    };

    [Fact]
    public void Publish_FirstGeneration_OnlyCreatesTheAlias()
    {
        var ops = Generations.Publish("dp", "dp-v2", new AliasState(null, null), keepPrevious: true);

        Assert.Equal(["create dp->dp-v2"], ops.Select(Describe));
    }

    [Fact]
    public void Publish_SecondGeneration_SwapsAliasAndKeepsTheReplacedOne()
    {
        var ops = Generations.Publish("dp", "dp-v2", new AliasState("dp-v1", null), keepPrevious: true);

        Assert.Equal(["delete dp", "create dp->dp-v2", "create dp-previous->dp-v1"], ops.Select(Describe));
    }

    [Fact]
    public void Publish_ThirdGeneration_MovesThePreviousAlias()
    {
        var ops = Generations.Publish("dp", "dp-v3", new AliasState("dp-v2", "dp-v1"), keepPrevious: true);

        Assert.Equal(
            ["delete dp", "create dp->dp-v3", "delete dp-previous", "create dp-previous->dp-v2"],
            ops.Select(Describe));
    }

    [Fact]
    public void Publish_KeepNone_DropsThePreviousAlias()
    {
        var ops = Generations.Publish("dp", "dp-v3", new AliasState("dp-v2", "dp-v1"), keepPrevious: false);

        Assert.Equal(["delete dp", "create dp->dp-v3", "delete dp-previous"], ops.Select(Describe));
    }

    [Fact]
    public void Rollback_WithPrevious_PointsTheAliasBackAndClearsPrevious()
    {
        var ops = Generations.Rollback("dp", new AliasState("dp-v2", "dp-v1"));

        Assert.Equal(["delete dp", "create dp->dp-v1", "delete dp-previous"], ops.Select(Describe));
    }

    [Fact]
    public void Rollback_NoPrevious_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Generations.Rollback("dp", new AliasState("dp-v2", null)));
    }

    [Theory]
    [InlineData("2025-09-23T10:00:00Z", 0, "dp-v2025-09-23T10-00-00Z")]
    [InlineData("20250923", 0, "dp-v20250923")]
    [InlineData("v1.2/3", 2, "dp-vv1-2-3-2")]
    public void CollectionName_Version_OnlyCharactersNamesAllow(string version, int attempt, string expected)
    {
        Assert.Equal(expected, Generations.CollectionName("dp", version, attempt));
    }

    [Fact]
    public void Resolve_Aliases_FindsLiveAndPreviousIgnoringOthers()
    {
        var aliases = new[]
        {
            new AliasDescription { AliasName = "other", CollectionName = "x" },
            new AliasDescription { AliasName = "dp-previous", CollectionName = "dp-v1" },
            new AliasDescription { AliasName = "dp", CollectionName = "dp-v2" },
        };

        Assert.Equal(new AliasState("dp-v2", "dp-v1"), Generations.Resolve("dp", aliases));
    }
}
