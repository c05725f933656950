using DealBot.Answering.Analysis;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Composition;

/// <summary>Answers from the curated facts: a figure with its qualifier, a dated milestone, or attributed views.</summary>
internal sealed class FactComposer(FigureFormatter formatter, FigureEquivalence equivalence)
{
    public ComposedAnswer? Figure(ComposeContext context)
    {
        var kinds = FactSelector.AskedKinds(context.Question);
        if (kinds.Count == 0)
        {
            return null;
        }

        var best = FactSelector.BestFigure(context, f => kinds.Contains(f.Kind));
        if (best is not { } chosen)
        {
            return null;
        }

        var f = chosen.Figure;
        if (FactPassageArbiter.PassageAnswersBetter(context, f, kinds, equivalence))
        {
            return null;
        }

        var zh = context.Language == Languages.Chinese;
        var value = formatter.Format(f.Kind, f.Value, f.Unit, f.Qualifier, context.Language);
        var note = f.Note?.For(context.Language);
        var citations = CitationBuilder.Distinct(f.Sources.Select(s => CitationBuilder.ForFact([s], context)).Take(2));
        var asOf = CitationBuilder.AsOf(citations) ?? f.AsOf;
        var body = zh
            ? $"{f.Label.For(context.Language)}：{value}{(string.IsNullOrWhiteSpace(note) ? string.Empty : $"（{note}）")}{AnswerPhrases.AsReported(asOf, context.Language)}。"
            : $"{f.Label.For(context.Language)}: {value}{(string.IsNullOrWhiteSpace(note) ? string.Empty : $", {note}")}{AnswerPhrases.AsReported(asOf, context.Language)}.";
        var text = ContradictsPremise(context.Question, f) ? AnswerPhrases.PremiseCorrection(context.Language) + body : body;
        return new ComposedAnswer(AnswerStatus.Answered, text, citations, [], asOf, [$"figure: {f.Id} (score {chosen.Score:0.00})"]);
    }

    public ComposedAnswer? Event(ComposeContext context)
    {
        if (FactSelector.BestEvent(context) is not { } chosen)
        {
            return null;
        }

        var e = chosen.Event;
        var zh = context.Language == Languages.Chinese;
        var period = e.From is { } from && e.To is { } to ? formatter.FormatPeriod(from, to, context.Language) : null;
        var citations = CitationBuilder.Distinct(e.Sources.Select(s => CitationBuilder.ForFact([s], context)).Take(2));
        var asOf = CitationBuilder.AsOf(citations) ?? e.AsOf;
        var what = e.What.For(context.Language);
        var text = zh
            ? (period is null ? $"{what}{AnswerPhrases.AsReported(asOf, context.Language)}。" : $"{what}：{period}{AnswerPhrases.AsReported(asOf, context.Language)}。")
            : (period is null ? $"{what}{AnswerPhrases.AsReported(asOf, context.Language)}." : $"{what}: {period}{AnswerPhrases.AsReported(asOf, context.Language)}.");
        if (e.Planned)
        {
            text += PlanNote(e, context);
        }

        return new ComposedAnswer(AnswerStatus.Answered, text, citations, [], asOf, [$"event: {e.Id} (score {chosen.Score:0.00})"]);
    }

    public ComposedAnswer? Views(ComposeContext context)
    {
        var views = FactSelector.Views(context);
        if (views.Count == 0)
        {
            return null;
        }

        var top = views[0].Score;
        var chosen = views.Where(v => v.Score >= top * 0.85).Take(2).Select(v => v.View).ToList();
        var zh = context.Language == Languages.Chinese;
        var sentences = chosen.Select(v =>
        {
            var who = string.IsNullOrWhiteSpace(v.Affiliation.For(context.Language)) ? v.Person.For(context.Language) : zh ? $"{v.Person.For(context.Language)}（{v.Affiliation.For(context.Language)}）" : $"{v.Person.For(context.Language)} ({v.Affiliation.For(context.Language)})";
            return zh ? $"{who}认为：{v.Said.For(context.Language)}" : $"{who}: {v.Said.For(context.Language)}";
        });
        var citations = CitationBuilder.Distinct(chosen.SelectMany(v => v.Sources.Select(s => CitationBuilder.ForFact([s], context)).Take(2)));
        var asOf = CitationBuilder.AsOf(citations);
        var text = string.Join(zh ? string.Empty : " ", sentences) + (zh ? $"{AnswerPhrases.AsReported(asOf, context.Language)}" : AnswerPhrases.AsReported(asOf, context.Language).TrimEnd());
        return new ComposedAnswer(AnswerStatus.Answered, text.Trim(), citations, [], asOf, [$"views: {string.Join(", ", chosen.Select(v => v.Id))}"]);
    }

    private static string PlanNote(TimelineEvent e, ComposeContext context)
    {
        var zh = context.Language == Languages.Chinese;
        if (e.To is { } end && context.Today > end)
        {
            return zh ? "这是当时的计划；资料没有说明之后是否实现。" : " That was the plan at the time; the sources do not say whether it happened.";
        }

        return zh ? "这是报道时的计划。" : " This was the plan when reported.";
    }

    // "Is Nvidia investing $300 billion?": a figure the question asks about, of the same kind, that the source
    // contradicts. Numbers of a premise clause are the PremiseCheck's: they may be about another figure.
    private bool ContradictsPremise(QuestionAnalysis question, FactFigure figure) =>
        question.Numbers.Any(n => !question.InPremise(n) && n.Kind == figure.Kind && n.Unit == figure.Unit && !equivalence.ValuesMatch(n.Value, figure.Value));
}
