namespace DealBot.Answering.Prompts;

/// <summary>A prompt the bot needs is missing or unreadable in the prompt directory.</summary>
public sealed class PromptNotFoundException : Exception
{
    public PromptNotFoundException()
    {
    }

    public PromptNotFoundException(string message)
        : base(message)
    {
    }

    public PromptNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
