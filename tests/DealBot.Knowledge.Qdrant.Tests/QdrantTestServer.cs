namespace DealBot.Knowledge.Qdrant.Tests;

/// <summary>The Qdrant server the integration suite runs against, named by QDRANT_URL (its gRPC address).</summary>
internal static class QdrantTestServer
{
    public const string Image = "qdrant/qdrant:v1.20.0";

    public static string? Url => Environment.GetEnvironmentVariable("QDRANT_URL") is { Length: > 0 } url ? url : null;

    public static string? SkipReason => Url is null
        ? $"QDRANT_URL is not set: start Qdrant with `docker run -p 6333:6333 -p 6334:6334 {Image}` and set "
            + "QDRANT_URL=http://localhost:6334 to run the Qdrant store suite"
        : null;
}
