namespace DealBot.Answering.Llm.Exchanges;

/// <summary>
/// The model exchanges of the question being answered: collected while recording, served in order while replaying.
/// One answer makes its model calls one after another, but a lock keeps a stray concurrent call from corrupting it.
/// <paramref name="recorded"/> is null when there is no recording (nothing recorded yet, or a replay without a file).
/// </summary>
internal sealed class QuestionExchanges(string id, string question, DateTimeOffset at, string file, IReadOnlyList<ModelExchange>? recorded)
{
    private readonly List<ModelExchange> _exchanges = [.. recorded ?? []];
    private readonly Lock _gate = new();
    private int _served;

    public string Id { get; } = id;

    public string Question { get; } = question;

    /// <summary>When the question is (or was) asked.</summary>
    public DateTimeOffset At { get; } = at;

    /// <summary>The recording file of the question.</summary>
    public string File { get; } = file;

    public void Add(ModelExchange exchange)
    {
        lock (_gate)
        {
            _exchanges.Add(exchange);
        }
    }

    /// <summary>The recorded exchange for the next call, which sent <paramref name="sent"/>.</summary>
    /// <exception cref="ModelReplayException">The call was not recorded, or the recording was made for another request.</exception>
    public ModelExchange Next(IReadOnlyList<ExchangeMessage> sent)
    {
        lock (_gate)
        {
            var call = ++_served;
            if (call > _exchanges.Count)
            {
                throw new ModelReplayException(recorded is null
                    ? $"question '{Id}' ({Question}) asked the model, but there is no recording {File}; record it with eval FILE --record DIR"
                    : _exchanges.Count == 0
                    ? $"question '{Id}' ({Question}) asked the model, but {File} records no model call for it; record it again with eval FILE --record DIR"
                    : $"question '{Id}' ({Question}) made model call {call}, but {File} records {_exchanges.Count}; record it again with eval FILE --record DIR");
            }

            var exchange = _exchanges[call - 1];
            return exchange.DifferenceFrom(sent) is { } difference
                ? throw new ModelReplayException($"question '{Id}' ({Question}): model call {call} does not match {File}: {difference}; record it again with eval FILE --record DIR")
                : exchange;
        }
    }

    public QuestionRecording ToRecording()
    {
        lock (_gate)
        {
            return new QuestionRecording(Id, Question, At, [.. _exchanges]);
        }
    }
}
