using Qdrant.Client.Grpc;

namespace DealBot.Knowledge.Qdrant;

/// <summary>The shape of a passage collection: its vectors, payload fields and indexes.</summary>
internal static class QdrantSchema
{
    public const string DenseVector = "dense";
    public const string SparseVector = "sparse";

    public const string SourceId = "source_id";
    public const string Title = "title";
    public const string Language = "language";
    public const string Published = "published";
    public const string Position = "position";
    public const string Text = "text";
    public const string Figures = "figures";

    /// <summary>Collection metadata key holding the generation's version label, which names cannot carry verbatim.</summary>
    public const string VersionKey = "dealbot_version";

    /// <summary>The fields filtered on, indexed before the load so HNSW builds filter-aware links.</summary>
    public static IReadOnlyList<(string Field, PayloadSchemaType Type)> PayloadIndexes { get; } =
    [
        (SourceId, PayloadSchemaType.Keyword),
        (Language, PayloadSchemaType.Keyword),
        (Published, PayloadSchemaType.Datetime),
    ];

    /// <summary>
    /// The request for a new generation. The request overload leaves unset cluster settings to the server, where the
    /// convenience overload would force shards, replication and write consistency to 1.
    /// </summary>
    public static CreateCollection CreateCollection(string name, int denseDimensions, string version, QdrantOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denseDimensions);
        ArgumentNullException.ThrowIfNull(options);

        var request = new CreateCollection
        {
            CollectionName = name,
            VectorsConfig = new VectorsConfig
            {
                ParamsMap = new VectorParamsMap
                {
                    Map = { [DenseVector] = new VectorParams { Size = (ulong)denseDimensions, Distance = Distance.Cosine } },
                },
            },

            // IDF is applied by the server at query time from its own corpus statistics, so documents carry
            // BM25-saturated term weights and queries weight 1.
            SparseVectorsConfig = new SparseVectorConfig
            {
                Map = { [SparseVector] = new SparseVectorParams { Modifier = Modifier.Idf } },
            },
            Metadata = { [VersionKey] = version },
        };

        if (options.ShardNumber is { } shards)
        {
            request.ShardNumber = (uint)shards;
        }

        if (options.ReplicationFactor is { } replicas)
        {
            request.ReplicationFactor = (uint)replicas;
        }

        if (options.WriteConsistencyFactor is { } writeConsistency)
        {
            request.WriteConsistencyFactor = (uint)writeConsistency;
        }

        return request;
    }
}
