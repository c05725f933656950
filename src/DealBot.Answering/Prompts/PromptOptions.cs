namespace DealBot.Answering.Prompts;

/// <summary>Where the prompt directory is (<c>Prompts:Directory</c>).</summary>
public sealed class PromptOptions
{
    public const string SectionName = "Prompts";

    /// <summary>
    /// The prompt directory; a relative path is looked for from the working directory upwards, then from the
    /// application's folder upwards, like the knowledge directory.
    /// </summary>
    public string Directory { get; set; } = "prompts";
}
