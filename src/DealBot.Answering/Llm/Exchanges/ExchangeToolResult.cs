using System.Text.Json;

namespace DealBot.Answering.Llm.Exchanges;

/// <summary>What a tool returned to the model.</summary>
/// <param name="CallId">The id of the call it answers.</param>
/// <param name="Result">The result as the model got it (a JSON value, or the error text as a string).</param>
public sealed record ExchangeToolResult(string CallId, JsonElement Result);
