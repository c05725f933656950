using Microsoft.Extensions.Options;

namespace DealBot.Discord;

/// <summary>Source-generated validator of <see cref="DiscordClientOptions"/> (data annotations, no reflection).</summary>
[OptionsValidator]
internal sealed partial class DiscordClientOptionsValidator : IValidateOptions<DiscordClientOptions>
{
}
