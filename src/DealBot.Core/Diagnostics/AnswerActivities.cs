using System.Diagnostics;

namespace DealBot.Core.Diagnostics;

/// <summary>
/// The spans of one answer: <c>answer</c> around the whole, with <c>analysis</c>, <c>retrieval</c>, <c>composition</c>,
/// <c>verification</c> and one <c>tool</c> span per tool call beneath it. Shared like any ActivitySource: spans are
/// only recorded when a listener (OpenTelemetry) asks for <see cref="SourceName"/>.
/// </summary>
public static class AnswerActivities
{
    /// <summary>The source's name, for <c>AddSource</c>.</summary>
    public const string SourceName = "DealBot.Answering";

    /// <summary>The source every span of an answer comes from.</summary>
    public static ActivitySource Source { get; } = new(SourceName);
}
