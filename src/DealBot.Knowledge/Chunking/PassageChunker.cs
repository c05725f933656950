using System.Text;
using DealBot.Core.Documents;
using DealBot.Core.Text;

namespace DealBot.Knowledge.Chunking;

/// <summary>
/// Cuts an article into passages that each state a fact with its context: paragraphs are the unit; short paragraphs
/// are merged with their neighbours, long ones are cut at sentence boundaries (Chinese 。！？； and English . ! ?) with
/// the last sentence of one passage repeated at the start of the next, so a fact split across the cut keeps its context.
/// Heading-like lines (short, no closing punctuation) are not passages: they label the passages after them.
/// </summary>
internal sealed class PassageChunker(int targetChars)
{
    public IReadOnlyList<Chunk> Chunk(string body, string language)
    {
        var target = language == Languages.Chinese ? Math.Max(80, targetChars * 9 / 20) : targetChars;
        var chunks = new List<Chunk>();
        string? section = null;
        var pending = new StringBuilder();
        string? pendingSection = null;

        foreach (var paragraph in body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsHeading(paragraph))
            {
                Flush(chunks, pending, pendingSection);
                section = paragraph.TrimEnd(':', '：');
                continue;
            }

            if (paragraph.Length > target * 3 / 2)
            {
                Flush(chunks, pending, pendingSection);
                foreach (var piece in SplitLong(paragraph, target))
                {
                    chunks.Add(new Chunk(chunks.Count, piece, section));
                }

                continue;
            }

            // Merge a short paragraph with the one before it while the pair stays within the target.
            if (pending.Length > 0 && (pending.Length + paragraph.Length > target || pendingSection != section))
            {
                Flush(chunks, pending, pendingSection);
            }

            if (pending.Length > 0)
            {
                pending.Append(language == Languages.Chinese ? string.Empty : " ");
            }

            pending.Append(paragraph);
            pendingSection = section;
            if (pending.Length >= target / 2)
            {
                Flush(chunks, pending, pendingSection);
            }
        }

        Flush(chunks, pending, pendingSection);
        return chunks;
    }

    private static void Flush(List<Chunk> chunks, StringBuilder pending, string? section)
    {
        if (pending.Length > 0)
        {
            chunks.Add(new Chunk(chunks.Count, pending.ToString(), section));
            pending.Clear();
        }
    }

    private static IEnumerable<string> SplitLong(string paragraph, int target)
    {
        var sentences = SentenceSplitter.Split(paragraph);
        var current = new List<string>();
        var length = 0;
        foreach (var sentence in sentences)
        {
            if (length > 0 && length + sentence.Length > target)
            {
                yield return Join(current);
                var overlap = current[^1];
                current.Clear();
                length = 0;
                if (overlap.Length <= target / 2)
                {
                    current.Add(overlap);
                    length = overlap.Length;
                }
            }

            current.Add(sentence);
            length += sentence.Length;
        }

        if (current.Count > 0)
        {
            yield return Join(current);
        }
    }

    private static string Join(List<string> sentences)
    {
        var sb = new StringBuilder();
        foreach (var s in sentences)
        {
            if (sb.Length > 0 && !IsCjkEnd(sb[^1]))
            {
                sb.Append(' ');
            }

            sb.Append(s);
        }

        return sb.ToString();
    }

    private static bool IsCjkEnd(char c) => c is '。' or '！' or '？' or '；' or '”' or '」' || Languages.IsCjk(c);

    internal static bool IsHeading(string paragraph) =>
        paragraph.Length <= 40
        && !paragraph.Any(c => c is '。' or '！' or '？' or '；' or ',' or '，' or '%' or '$' or '亿' or '万')
        && !(paragraph.EndsWith('.') || paragraph.EndsWith('!') || paragraph.EndsWith('?') || paragraph.EndsWith('"') || paragraph.EndsWith('”'));
}
