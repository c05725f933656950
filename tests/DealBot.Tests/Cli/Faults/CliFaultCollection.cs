namespace DealBot.Tests.Cli.Faults;

/// <summary>
/// The CLI fault tests share one built knowledge base and run one after another: each starts the real executable,
/// and two cores shared with other work are better used by one process at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CliFaultCollection : ICollectionFixture<CliFaultFixture>
{
    public const string Name = "CLI faults";
}
