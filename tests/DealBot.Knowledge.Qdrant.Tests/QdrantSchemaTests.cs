using Qdrant.Client.Grpc;

namespace DealBot.Knowledge.Qdrant.Tests;

public sealed class QdrantSchemaTests
{
    [Fact]
    public void CreateCollection_Build_NamedDenseCosineVector()
    {
        var request = QdrantSchema.CreateCollection("deal-passages-v1", 384, "1", new QdrantOptions());

        Assert.Equal("deal-passages-v1", request.CollectionName);
        var dense = request.VectorsConfig.ParamsMap.Map["dense"];
        Assert.Equal(384UL, dense.Size);
        Assert.Equal(Distance.Cosine, dense.Distance);
    }

    [Fact]
    public void CreateCollection_Build_NamedSparseVectorWithIdfModifier()
    {
        var request = QdrantSchema.CreateCollection("c", 384, "1", new QdrantOptions());

        Assert.Equal(Modifier.Idf, request.SparseVectorsConfig.Map["sparse"].Modifier);
    }

    [Fact]
    public void CreateCollection_Version_StoredInMetadata()
    {
        var request = QdrantSchema.CreateCollection("c", 384, "2025-09-23T10:00:00Z", new QdrantOptions());

        Assert.Equal("2025-09-23T10:00:00Z", request.Metadata["dealbot_version"].StringValue);
    }

    [Fact]
    public void CreateCollection_ClusterSettingsUnset_LeavesThemToTheServer()
    {
        var request = QdrantSchema.CreateCollection("c", 384, "1", new QdrantOptions());

        Assert.False(request.HasShardNumber);
        Assert.False(request.HasReplicationFactor);
        Assert.False(request.HasWriteConsistencyFactor);
    }

    [Fact]
    public void CreateCollection_ClusterSettingsSet_SendsThem()
    {
        var options = new QdrantOptions { ShardNumber = 6, ReplicationFactor = 2, WriteConsistencyFactor = 2 };

        var request = QdrantSchema.CreateCollection("c", 384, "1", options);

        Assert.Equal(6U, request.ShardNumber);
        Assert.Equal(2U, request.ReplicationFactor);
        Assert.Equal(2U, request.WriteConsistencyFactor);
    }

    [Fact]
    public void PayloadIndexes_FilteredFields_IndexedWithMatchingTypes()
    {
        Assert.Equal(
            [("source_id", PayloadSchemaType.Keyword), ("language", PayloadSchemaType.Keyword), ("published", PayloadSchemaType.Datetime)],
            QdrantSchema.PayloadIndexes);
    }
}
