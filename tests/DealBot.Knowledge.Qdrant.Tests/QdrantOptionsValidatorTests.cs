namespace DealBot.Knowledge.Qdrant.Tests;

public sealed class QdrantOptionsValidatorTests
{
    private static bool IsValid(QdrantOptions options) =>
        new QdrantOptionsValidator().Validate(null, options).Succeeded;

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(IsValid(new QdrantOptions()));
    }

    [Theory]
    [InlineData("localhost:6334")]
    [InlineData("not a uri")]
    [InlineData("ftp://qdrant:6334")]
    [InlineData("")]
    public void Validate_EndpointNotAnHttpUri_Fails(string endpoint)
    {
        Assert.False(IsValid(new QdrantOptions { Endpoint = endpoint }));
    }

    [Theory]
    [InlineData("deal passages")]
    [InlineData("deal/passages")]
    [InlineData("")]
    public void Validate_CollectionNameWithForbiddenCharacters_Fails(string collection)
    {
        Assert.False(IsValid(new QdrantOptions { Collection = collection }));
    }

    [Fact]
    public void Validate_BatchSizeZero_Fails()
    {
        Assert.False(IsValid(new QdrantOptions { BatchSize = 0 }));
    }

    [Fact]
    public void Validate_WriteConsistencyAboveReplication_Fails()
    {
        Assert.False(IsValid(new QdrantOptions { ReplicationFactor = 2, WriteConsistencyFactor = 3 }));
    }

    [Fact]
    public void Validate_ClusterSettingsConsistent_Succeeds()
    {
        Assert.True(IsValid(new QdrantOptions { ShardNumber = 6, ReplicationFactor = 2, WriteConsistencyFactor = 2 }));
    }
}
