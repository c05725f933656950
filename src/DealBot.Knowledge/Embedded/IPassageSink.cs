using DealBot.Core.Documents;

namespace DealBot.Knowledge.Embedded;

/// <summary>Takes the passages of a generation one at a time, as its file is read; the spans are only valid during the call.</summary>
internal interface IPassageSink
{
    void Add(Passage passage, ReadOnlySpan<float> dense, ReadOnlySpan<uint> sparseIndices, ReadOnlySpan<float> sparseValues);
}
