using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace DealBot.Operations;

/// <summary>What the bot keeps about its answers, and for how long; bound from the <c>Operations</c> section.</summary>
public sealed class OperationsOptions
{
    public const string SectionName = "Operations";

    /// <summary>Days that audit records, feedback and conversations are kept; older ones are deleted by a background job.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>How often the retention job runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Records waiting to be written; when the queue is full a new record is dropped (and counted), never an answer.</summary>
    [Range(1, 1_000_000)]
    public int WriteQueueCapacity { get; set; } = 2000;

    /// <summary>
    /// The key of the hash that stands for a member's id. Empty (the default): a random key is made once and kept in
    /// the database, so hashes stay stable across restarts without the id itself ever being stored.
    /// </summary>
    public string? MemberHashKey { get; set; }
}

[OptionsValidator]
internal sealed partial class OperationsOptionsValidator : IValidateOptions<OperationsOptions>
{
}
