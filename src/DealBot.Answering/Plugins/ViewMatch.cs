using DealBot.Core.Facts;

namespace DealBot.Answering.Plugins;

/// <summary>An attributed view found for a question.</summary>
/// <param name="Id">The view's id.</param>
/// <param name="Person">Who, in the answer's language.</param>
/// <param name="Affiliation">Role and organisation, in the answer's language.</param>
/// <param name="Stance">"supportive", "concerned", "mixed", "critical" or "neutral".</param>
/// <param name="Topics">Topic keys.</param>
/// <param name="Said">The faithful summary or quote, in the answer's language.</param>
/// <param name="Sources">Article ids and verbatim quotes, the answer's language first.</param>
/// <param name="Score">How well it matched the question.</param>
public sealed record ViewMatch(
    string Id,
    string Person,
    string Affiliation,
    string Stance,
    IReadOnlyList<string> Topics,
    string Said,
    IReadOnlyList<FactSource> Sources,
    double Score);
