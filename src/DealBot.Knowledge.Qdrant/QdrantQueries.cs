using DealBot.Core.Retrieval;
using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;

namespace DealBot.Knowledge.Qdrant;

/// <summary>Builds the query requests: the hybrid search and the probe that checks a new generation.</summary>
internal static class QdrantQueries
{
    /// <summary>
    /// One request: a dense and a sparse prefetch, each filtered, fused by reciprocal rank. The filter sits in each
    /// prefetch's <c>Must</c>: fusion only re-ranks prefetch output, and root <c>Should</c> clauses merge wrongly.
    /// </summary>
    public static QdrantQueryRequest Hybrid(string collection, HybridQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = Filter(query.Filter);
        var candidates = (ulong)query.CandidateLimit;
        var prefetch = new List<PrefetchQuery>
        {
            Leg(query.Dense, QdrantSchema.DenseVector, candidates, filter),
        };

        // A query with no terms has no sparse leg; fusing one list is still a ranking.
        if (query.Sparse.Count > 0)
        {
            prefetch.Add(Leg((query.Sparse.Values, query.Sparse.Indices), QdrantSchema.SparseVector, candidates, filter));
        }

        return new QdrantQueryRequest(collection, RankFusion(), prefetch, Using: null, (ulong)query.Limit);
    }

    /// <summary>
    /// Qdrant scores position p (from 0) as 1 / ((p + 1) + K − 1) and defaults K to 2; K = k + 1 gives the same
    /// 1 / (k + rank) as the embedded store.
    /// </summary>
    /// <remarks>A new message per request: protobuf messages are mutable.</remarks>
    public static Rrf RankFusion() => new() { K = HybridQuery.RankConstant + 1 };

    /// <summary>The nearest point to one dense vector: a loaded generation must find at least its own passage.</summary>
    public static QdrantQueryRequest Probe(string collection, float[] dense) =>
        new(collection, dense, [], QdrantSchema.DenseVector, 1);

    /// <summary>The conditions of a passage filter, all in <c>Must</c>; null when nothing is filtered.</summary>
    public static Filter? Filter(PassageFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var result = new Filter();
        if (!string.IsNullOrEmpty(filter.Language))
        {
            result.Must.Add(MatchKeyword(QdrantSchema.Language, filter.Language));
        }

        if (filter.SourceIds is { Count: > 0 } ids)
        {
            result.Must.Add(Match(QdrantSchema.SourceId, ids.ToList()));
        }

        return result.Must.Count == 0 ? null : result;
    }

    private static PrefetchQuery Leg(Query query, string vector, ulong limit, Filter? filter)
    {
        var leg = new PrefetchQuery { Query = query, Using = vector, Limit = limit };
        if (filter is not null)
        {
            leg.Filter = filter.Clone();
        }

        return leg;
    }
}
