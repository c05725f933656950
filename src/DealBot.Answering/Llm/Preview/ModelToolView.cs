using System.Text.Json;

namespace DealBot.Answering.Llm.Preview;

/// <summary>One tool as the model sees it.</summary>
/// <param name="Name">"Calculator_PerUnit".</param>
/// <param name="Description">What the model is told it does.</param>
/// <param name="Parameters">The JSON schema of its arguments.</param>
public sealed record ModelToolView(string Name, string Description, JsonElement Parameters);
