using DealBot.Answering.Skills;
using DealBot.Answering.Understanding;

namespace DealBot.Answering.Tests.Understanding;

/// <summary>The spelling corrector over the shipped phrasebook, units and knowledge directory, built as the engine builds it.</summary>
internal static class Spellers
{
    public static SpellingCorrector Shipped { get; } = new(
        Frames.Phrasebook.Vocabulary
            .Concat(Frames.Sheet.Figures.SelectMany(FactScoring.TextsOf))
            .Concat(Frames.Sheet.Events.SelectMany(e => new[] { e.What.En }.Concat(e.Sources.Select(s => s.Quote))))
            .Concat(Frames.Sheet.Views.SelectMany(v => new[] { v.Person.En, v.Affiliation.En, v.Said.En }.Concat(v.Sources.Select(s => s.Quote)))),
        Frames.Sheet.Glossary.SelectMany(g => g.AllNames)
            .Concat(Frames.Units.Names)
            .Concat(Frames.Sheet.Figures.SelectMany(f => new[] { f.Label.En }.Concat(f.Aliases))));
}
