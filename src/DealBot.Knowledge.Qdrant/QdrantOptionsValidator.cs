using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Qdrant;

/// <summary>Validates <see cref="QdrantOptions"/> at start, without reflection.</summary>
[OptionsValidator]
internal sealed partial class QdrantOptionsValidator : IValidateOptions<QdrantOptions>
{
}
