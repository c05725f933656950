namespace DealBot.Answering.Llm.Preview;

/// <summary>What the model would get for a question (see <see cref="ModelRequestPreview"/>).</summary>
/// <param name="Prompt">The prompt asked about ("Answer/System").</param>
/// <param name="Question">The question as the engine reads it.</param>
/// <param name="Language">The language the answer is asked in.</param>
/// <param name="SentToModel">False when the engine answers this question without a model (refused, small talk, out of scope).</param>
/// <param name="PassageCount">How many passages retrieval found.</param>
/// <param name="Temperature">The system prompt's temperature.</param>
/// <param name="Messages">The messages, in order.</param>
/// <param name="Tools">The tool definitions.</param>
public sealed record ModelRequestView(
    string Prompt,
    string Question,
    string Language,
    bool SentToModel,
    int PassageCount,
    float? Temperature,
    IReadOnlyList<ModelMessageView> Messages,
    IReadOnlyList<ModelToolView> Tools);
