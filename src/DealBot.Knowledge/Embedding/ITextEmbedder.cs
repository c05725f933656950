namespace DealBot.Knowledge.Embedding;

/// <summary>Turns text into normalised dense vectors (cosine similarity = dot product).</summary>
public interface ITextEmbedder
{
    /// <summary>Identifies the model, so cached vectors of another model are never reused.</summary>
    string ModelId { get; }

    int Dimensions { get; }

    Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
