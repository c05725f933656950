using Qdrant.Client.Grpc;

namespace DealBot.Knowledge.Qdrant;

/// <summary>The arguments of one <c>QueryAsync</c> call, as a value the tests can inspect.</summary>
/// <param name="Collection">Collection or alias to query.</param>
/// <param name="Query">The outer query: a fusion over the prefetches, or a single vector.</param>
/// <param name="Prefetch">The legs that are fused; empty for a single-vector query.</param>
/// <param name="Using">The named vector of a single-vector query; null with prefetches.</param>
/// <param name="Limit">How many points to return.</param>
internal sealed record QdrantQueryRequest(
    string Collection,
    Query Query,
    IReadOnlyList<PrefetchQuery> Prefetch,
    string? Using,
    ulong Limit);
