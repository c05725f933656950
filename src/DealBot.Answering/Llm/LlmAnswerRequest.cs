using DealBot.Core.Answers;
using DealBot.Core.Retrieval;

namespace DealBot.Answering.Llm;

/// <summary>What the LLM answerer needs: the question, its language and the passages retrieval found.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Language">"en" or "zh".</param>
/// <param name="Passages">Retrieved passages, best first; they go into the prompt with the ids to cite.</param>
/// <param name="History">Earlier turns, oldest first.</param>
/// <param name="AsOf">Reporting date of the sources; the newest passage's date when null.</param>
/// <param name="Trace">Attach an <see cref="AnswerTrace"/> to the answer.</param>
public sealed record LlmAnswerRequest(
    string Question,
    string Language,
    IReadOnlyList<ScoredPassage> Passages,
    IReadOnlyList<ConversationTurn>? History = null,
    DateOnly? AsOf = null,
    bool Trace = false);
