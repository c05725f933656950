namespace DealBot.Answering.Llm.Exchanges;

/// <summary>The file of one question: the model exchanges made while answering it, in order.</summary>
/// <param name="Id">The question's id in the expectation file.</param>
/// <param name="Question">The question as asked.</param>
/// <param name="RecordedAt">When it was recorded: a replay answers as of this time, so date arithmetic replays too.</param>
/// <param name="Exchanges">The model calls, in order (none when the engine answered without a model).</param>
public sealed record QuestionRecording(string Id, string Question, DateTimeOffset RecordedAt, IReadOnlyList<ModelExchange> Exchanges);
