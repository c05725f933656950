using System.Text.Json;

namespace DealBot.Answering.Llm.Exchanges;

/// <summary>A tool call the model asked for.</summary>
/// <param name="Id">The call's id, which the tool result names.</param>
/// <param name="Name">The tool ("Calculator_PerUnit").</param>
/// <param name="Arguments">The arguments, as a JSON object.</param>
public sealed record ExchangeToolCall(string Id, string Name, JsonElement Arguments);
