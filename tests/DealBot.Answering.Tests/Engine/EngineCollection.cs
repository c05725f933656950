namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// One real answer engine over the real knowledge directory, shared by the test classes that ask it hundreds of
/// questions, so its index is built once rather than once per class.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<AnswerEngineFixture>
{
    public const string Name = "real answer engine";
}
