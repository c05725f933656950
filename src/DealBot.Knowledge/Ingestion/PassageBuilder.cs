using System.Security.Cryptography;
using System.Text;
using DealBot.Core.Documents;
using DealBot.Core.Figures;
using DealBot.Knowledge.Chunking;

namespace DealBot.Knowledge.Ingestion;

/// <summary>Cuts documents into passages with their figures, and says what text each passage is embedded from.</summary>
internal sealed class PassageBuilder(PassageChunker chunker, FigureExtractor figures)
{
    public IReadOnlyList<PassageDraft> Build(SourceDocument document)
    {
        var chunks = chunker.Chunk(document.Text, document.Language);
        var drafts = new List<PassageDraft>(chunks.Count);
        foreach (var chunk in chunks)
        {
            var passage = new Passage(
                PassageId(document.SourceId, chunk.Position),
                document.SourceId,
                document.Title,
                document.Language,
                document.Published,
                chunk.Position,
                chunk.Text,
                figures.Extract(chunk.Text, document.Published?.Year));

            // The title and section give the embedding the context a lone paragraph lacks (contextual retrieval).
            var context = chunk.Section is null ? document.Title : $"{document.Title} — {chunk.Section}";
            drafts.Add(new PassageDraft(passage, $"{context}\n{chunk.Text}"));
        }

        return drafts;
    }

    /// <summary>A deterministic UUID (name-based, SHA-256) from the article id and the passage position.</summary>
    public static Guid PassageId(string sourceId, int position)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"dealbot-passage\n{sourceId}\n{position}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0f) | 0x50); // version 5 layout (name-based)
        bytes[8] = (byte)((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}

/// <summary>A passage and the text its dense vector is computed from.</summary>
internal sealed record PassageDraft(Passage Passage, string EmbeddingInput);
