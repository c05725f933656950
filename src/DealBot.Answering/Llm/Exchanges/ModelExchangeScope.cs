namespace DealBot.Answering.Llm.Exchanges;

/// <summary>
/// Which question's exchanges the model calls of this async flow belong to. The chat clients deep in the answer
/// pipeline cannot be told the question, so the answer's flow carries it, and concurrent answers each see their own.
/// </summary>
public sealed class ModelExchangeScope
{
    private readonly AsyncLocal<QuestionExchanges?> _current = new();

    internal QuestionExchanges? Current => _current.Value;

    // Set from an async method (ExchangeAnswerService.AnswerAsync): the value flows into what it awaits and is gone
    // when it returns, so nothing has to restore it.
    internal void Enter(QuestionExchanges exchanges) => _current.Value = exchanges;
}
