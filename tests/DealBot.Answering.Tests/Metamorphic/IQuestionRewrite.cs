namespace DealBot.Answering.Tests.Metamorphic;

/// <summary>
/// A mechanical change to a question that a member might make without changing what they ask; the answer must keep
/// its status and key content. Deterministic: the same question is always rewritten the same way.
/// </summary>
public interface IQuestionRewrite
{
    /// <summary>A short name for reports.</summary>
    string Name { get; }

    /// <summary>The rewritten question, or null when the rewrite does not apply to <paramref name="question"/>.</summary>
    string? Rewrite(string question);
}
