namespace DealBot.Answering.Tests.Metamorphic;

/// <summary>Chat noise after the question (" lol", "??", " 🤔"), which asks nothing more.</summary>
public sealed class ChatterSuffixRewrite(string suffix) : IQuestionRewrite
{
    public string Name => $"suffix \"{suffix}\"";

    public string? Rewrite(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.TrimEnd() + suffix;
    }
}
