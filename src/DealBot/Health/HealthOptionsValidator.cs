using Microsoft.Extensions.Options;

namespace DealBot.Health;

/// <summary>Validates <see cref="HealthOptions"/> at start, without reflection.</summary>
[OptionsValidator]
internal sealed partial class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
}
