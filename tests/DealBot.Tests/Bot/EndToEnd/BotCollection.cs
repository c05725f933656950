namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>End-to-end bot tests share one built knowledge index and run one at a time (each starts a whole bot).</summary>
[CollectionDefinition(Name)]
public sealed class BotCollection : ICollectionFixture<KnowledgeSnapshot>
{
    public const string Name = "Discord bot end to end";
}
