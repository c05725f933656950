namespace DealBot.Cli.Chat;

/// <summary>How the chat shows answers.</summary>
/// <param name="Trace">Show retrieved passages, the steps (plugin calls, the path taken) and the verifier's verdict.</param>
/// <param name="Json">Write each answer as one line of the answer JSON contract (the trace then goes to the diagnostics writer).</param>
/// <param name="Interactive">Someone is typing: greet and prompt. False when stdin is redirected, so scripts get only answers.</param>
/// <param name="Watch">Read the prompt directory again before each question, so an edited prompt is used at once.</param>
internal sealed record ChatSettings(bool Trace = false, bool Json = false, bool Interactive = false, bool Watch = false)
{
    /// <summary>Earlier turns kept for follow-ups; older ones are dropped so the context stays small.</summary>
    public int MaxHistory { get; init; } = 10;
}
