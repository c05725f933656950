using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace DealBot.Bot;

/// <summary>How the bot treats a community: how often one member may ask, how many answers run at once, how long a question may be.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Questions one member may ask per minute (mentions, replies, DMs and /ask together).</summary>
    [Range(1, 600)]
    public int QuestionsPerUserPerMinute { get; set; } = 5;

    /// <summary>Answers computed at the same time; further questions wait up to <see cref="BusyWait"/>.</summary>
    [Range(1, 64)]
    public int MaxConcurrentAnswers { get; set; } = 4;

    /// <summary>How long a question may wait for a free answer slot before the member is told to try again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan BusyWait { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Longest question accepted, in characters.</summary>
    [Range(20, 4000)]
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>Largest article a moderator may upload with <c>/kb add</c>, in bytes.</summary>
    [Range(1024, 25_000_000)]
    public long MaxAttachmentBytes { get; set; } = 1_000_000;

    /// <summary>Bot answers remembered so that a reply to one can carry the conversation along.</summary>
    [Range(10, 1_000_000)]
    public int RememberedAnswers { get; set; } = 5000;
}

[OptionsValidator]
internal sealed partial class BotOptionsValidator : IValidateOptions<BotOptions>
{
}
