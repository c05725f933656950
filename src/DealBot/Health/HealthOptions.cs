using System.ComponentModel.DataAnnotations;
using System.Net;

namespace DealBot.Health;

/// <summary>The health endpoint's listener; bound from the <c>Health</c> section.</summary>
public sealed class HealthOptions : IValidatableObject
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Health";

    /// <summary>TCP port of <c>/health/live</c> and <c>/health/ready</c>; 0 turns the endpoint off (the default outside the container).</summary>
    [Range(0, 65535)]
    public int Port { get; set; }

    /// <summary>
    /// The address to listen on. Loopback suffices for Docker's HEALTHCHECK, which runs inside the container; probes
    /// from outside (an orchestrator) need 0.0.0.0.
    /// </summary>
    [Required]
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>How long <c>/health/ready</c> may take before it reports unhealthy.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IPAddress.TryParse(Address, out _))
        {
            yield return new ValidationResult("Health:Address must be an IP address such as 127.0.0.1 or 0.0.0.0.", [nameof(Address)]);
        }
    }
}
