namespace DealBot.Tests.Cli.Faults;

/// <summary>
/// The CLI fault tests share one built knowledge base and run one after another, and after every other collection of
/// this assembly, never beside them: each starts the real executable, whose CPU would otherwise starve the bot's
/// end-to-end tests, which wait for replies with a deadline.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliFaultCollection : ICollectionFixture<CliFaultFixture>
{
    public const string Name = "CLI faults";
}
