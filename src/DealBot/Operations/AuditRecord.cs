using System.Text.RegularExpressions;
using DealBot.Core.Answers;

namespace DealBot.Operations;

/// <summary>
/// Why a past answer said what it said: the question and answer, how it was reached (status, path, passages and
/// quotes, tool calls, the verifier's verdict), how long it took, and where it was asked. The member appears only as
/// a keyed hash.
/// </summary>
internal sealed record AuditRecord(
    ulong AnswerId,
    IReadOnlyList<ulong> MessageIds,
    DateTimeOffset AskedAt,
    string Question,
    string Answer,
    string Status,
    string Path,
    string Language,
    IReadOnlyList<AuditPassage> Passages,
    IReadOnlyList<string> ToolCalls,
    IReadOnlyList<string> Steps,
    string? Verdict,
    TimeSpan Latency,
    ulong? GuildId,
    ulong? ChannelId,
    string? MemberHash)
{
    /// <summary>The record of <paramref name="answer"/> (asked with a trace) as sent in <paramref name="messageIds"/>.</summary>
    public static AuditRecord Of(Answer answer, IReadOnlyList<ulong> messageIds, AnswerOrigin origin, DateTimeOffset askedAt, TimeSpan latency)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(origin);
        var cited = answer.Citations.Select(c => new AuditPassage(c.SourceId, c.PassageId?.ToString("D"), c.Quote, Cited: true)).ToList();
        var citedIds = cited.Select(c => c.PassageId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var retrieved = (answer.Trace?.Retrieved ?? [])
            .Where(p => !citedIds.Contains(p.Passage.Id.ToString("D")))
            .Select(p => new AuditPassage(p.Passage.SourceId, p.Passage.Id.ToString("D"), Quote: string.Empty, Cited: false));
        var steps = answer.Trace?.Steps ?? [];
        return new AuditRecord(
            messageIds[0],
            messageIds,
            askedAt,
            answer.Question,
            answer.Text,
            AnswerStatusNames.Of(answer.Status),
            AnswerPathNames.Of(answer.Path),
            answer.Language,
            [.. cited, .. retrieved],
            [.. steps.Where(s => ToolCallPattern.IsMatch(s))],
            steps,
            VerdictOf(answer),
            latency,
            origin.GuildId,
            origin.ChannelId,
            origin.MemberHash);
    }

    // The typed verdict on the drafts, then the engine's words on the answer sent when they say more: "rejected (answer
    // sent: replaced by the nearest passage: Not grounded: "$300 billion".)", "rejected (answer sent: grounded)".
    private static string VerdictOf(Answer answer)
    {
        var name = VerifierVerdictNames.Of(answer.Verdict);
        return answer.Trace?.Verdict is { Length: > 0 } words && !string.Equals(words, name, StringComparison.Ordinal) ? $"{name} (answer sent: {words})" : name;
    }

    // The engine writes a tool call as "Plugin.Function(arguments) = result" or "... -> ids" (after "llm: " when the
    // LLM's answer was replaced).
    private static readonly Regex ToolCallPattern = new(@"^(llm: )?[A-Z][A-Za-z]*\.[A-Za-z]+\(", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}

/// <summary>A passage an answer used: cited (with the quote shown) or only retrieved.</summary>
internal sealed record AuditPassage(string SourceId, string? PassageId, string Quote, bool Cited);

/// <summary>Where a question came from: the guild and channel (none in a DM) and the asker's keyed hash.</summary>
internal sealed record AnswerOrigin(ulong? GuildId, ulong? ChannelId, string? MemberHash);
