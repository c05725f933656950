using System.Numerics.Tensors;

namespace DealBot.Knowledge.Embedding;

/// <summary>Scales vectors to unit length, so cosine similarity is a dot product in every store.</summary>
internal static class UnitLength
{
    public static void Normalize(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }
}
