namespace DealBot.Answering.Llm.Exchanges;

/// <summary>
/// The clock of a replay: while a replayed question is answered it is the time the question was recorded, so "today"
/// in the prompt and in date arithmetic is what the model saw; otherwise the system clock.
/// </summary>
internal sealed class ReplayTimeProvider(ModelExchangeScope scope) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => scope.Current?.At.ToUniversalTime() ?? System.GetUtcNow();
}
