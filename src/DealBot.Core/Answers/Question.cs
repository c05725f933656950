namespace DealBot.Core.Answers;

/// <summary>A question, with the conversation it follows when it is a reply to an earlier answer.</summary>
/// <param name="Text">The question.</param>
/// <param name="History">Earlier turns, oldest first ("and per household?" needs the question before it).</param>
/// <param name="Id">Echoed in the answer (batch input).</param>
/// <param name="Trace">Collect an <see cref="AnswerTrace"/>.</param>
public sealed record Question(string Text, IReadOnlyList<ConversationTurn>? History = null, string? Id = null, bool Trace = false);

/// <summary>An earlier question and the answer it got.</summary>
public sealed record ConversationTurn(string Question, string Answer);
