using System.ComponentModel.DataAnnotations;

namespace DealBot.Knowledge.Qdrant;

/// <summary>Where the Qdrant passage store lives and how it is loaded; bound from the <c>Qdrant</c> section.</summary>
public sealed class QdrantOptions : IValidatableObject
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Qdrant";

    /// <summary>The gRPC endpoint (port 6334; 6333 is the REST port and does not speak gRPC).</summary>
    [Required]
    [HttpEndpoint]
    public string Endpoint { get; set; } = "http://localhost:6334";

    /// <summary>The API key, when the server requires one. Read it from user-secrets or the environment; never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The alias readers query. Each refresh loads a versioned collection and moves this alias to it.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_-]{1,200}$")]
    public string Collection { get; set; } = "deal-passages";

    /// <summary>Earlier generations kept for a rollback: 1 keeps the previous one, 0 drops it at once.</summary>
    [Range(0, 1)]
    public int KeepGenerations { get; set; } = 1;

    /// <summary>Points per upsert request; keeps each request to a few megabytes.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 256;

    /// <summary>Client deadline for every call.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a call that failed because the server was unreachable or too slow.</summary>
    [Range(0, 10)]
    public int RetryCount { get; set; } = 3;

    /// <summary>First retry delay; it doubles with each retry (with jitter), capped at <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest delay between two retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Shards of each new collection in a cluster; null keeps the server default.</summary>
    [Range(1, 1024)]
    public int? ShardNumber { get; set; }

    /// <summary>Copies of each shard in a cluster; null keeps the server default.</summary>
    [Range(1, 64)]
    public int? ReplicationFactor { get; set; }

    /// <summary>Replicas that must acknowledge a write; null keeps the server default. At most the replication factor.</summary>
    [Range(1, 64)]
    public int? WriteConsistencyFactor { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (WriteConsistencyFactor is { } write && write > (ReplicationFactor ?? 1))
        {
            yield return new ValidationResult(
                "Qdrant:WriteConsistencyFactor cannot exceed Qdrant:ReplicationFactor.",
                [nameof(WriteConsistencyFactor)]);
        }
    }
}
