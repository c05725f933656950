namespace DealBot.Core.Answers;

/// <summary>The bot's answer to one question, rendered by the CLI, the JSON contract and the Discord bot alike.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Status">The typed outcome.</param>
/// <param name="Language">"en" or "zh": the language of the question and of the answer.</param>
/// <param name="Text">The text shown to the user.</param>
/// <param name="Citations">The sources relied on; at least one when answered.</param>
/// <param name="Calculations">Computations behind numbers that no source states directly.</param>
/// <param name="AsOf">Reporting date of the newest source relied on.</param>
public sealed record Answer(
    string Question,
    AnswerStatus Status,
    string Language,
    string Text,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Calculation> Calculations,
    DateOnly? AsOf)
{
    /// <summary>Echoed from batch input.</summary>
    public string? Id { get; init; }

    /// <summary>Which composer gave the answer, for metrics and the audit trail; set whether or not a trace was asked for.</summary>
    public AnswerPath Path { get; init; } = AnswerPath.Offline;

    /// <summary>What the grounding verifier made of the drafts behind the answer.</summary>
    public VerifierVerdict Verdict { get; init; } = VerifierVerdict.NotChecked;

    /// <summary>How the answer was reached, for developers (<c>chat --trace</c>); null unless asked for.</summary>
    public AnswerTrace? Trace { get; init; }
}
