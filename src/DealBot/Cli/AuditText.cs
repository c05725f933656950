using System.Globalization;
using DealBot.Operations;

namespace DealBot.Cli;

/// <summary>An audit record as `audit show` prints it: one fact per line, passages and steps indented below.</summary>
internal static class AuditText
{
    public static void Write(TextWriter output, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(record);
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine($"answer {record.AnswerId.ToString(invariant)} (messages {string.Join(", ", record.MessageIds.Select(i => i.ToString(invariant)))})");
        output.WriteLine($"asked: {record.AskedAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", invariant)} in {Where(record)}");
        output.WriteLine($"question: {record.Question}");
        output.WriteLine($"status: {record.Status}; path: {record.Path}; language: {record.Language}; latency: {((long)record.Latency.TotalMilliseconds).ToString(invariant)} ms");
        output.WriteLine($"answer: {record.Answer}");
        output.WriteLine($"verdict: {record.Verdict ?? "(none: no numbers to check, or not composed)"}");
        output.WriteLine("passages:");
        foreach (var passage in record.Passages)
        {
            var quote = passage.Quote.Length > 0 ? $": \"{passage.Quote}\"" : string.Empty;
            output.WriteLine($"  {(passage.Cited ? "cited" : "retrieved")} {passage.SourceId} {passage.PassageId ?? "-"}{quote}");
        }

        output.WriteLine(record.ToolCalls.Count == 0 ? "tool calls: none" : "tool calls:");
        foreach (var call in record.ToolCalls)
        {
            output.WriteLine($"  {call}");
        }

        output.WriteLine("steps:");
        foreach (var step in record.Steps)
        {
            output.WriteLine($"  {step}");
        }
    }

    private static string Where(AuditRecord record)
    {
        var invariant = CultureInfo.InvariantCulture;
        var channel = record.ChannelId is { } c ? c.ToString(invariant) : "-";
        var place = record.GuildId is { } g ? $"guild {g.ToString(invariant)}, channel {channel}" : $"a direct message (channel {channel})";
        return $"{place}; member {record.MemberHash ?? "-"}";
    }
}
