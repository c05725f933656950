namespace DealBot.Core.Facts;

/// <summary>What a named person (or a group, such as "analysts") said about the deal.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Person">Name in both languages ("Stacy Rasgon" / "Stacy Rasgon"; "分析师" for a group).</param>
/// <param name="Affiliation">Role and organisation in both languages.</param>
/// <param name="Stance">"supportive", "concerned", "mixed", "critical" or "neutral".</param>
/// <param name="Topics">Topic keys the view is about (circularity, antitrust, compute, competition...).</param>
/// <param name="Said">A faithful summary or quote, in both languages.</param>
/// <param name="Sources">Where it is stated.</param>
public sealed record AttributedView(
    string Id,
    LocalizedText Person,
    LocalizedText Affiliation,
    string Stance,
    IReadOnlyList<string> Topics,
    LocalizedText Said,
    IReadOnlyList<FactSource> Sources);
