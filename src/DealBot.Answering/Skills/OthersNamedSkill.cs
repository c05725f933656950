using DealBot.Answering.Composition;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Documents;

namespace DealBot.Answering.Skills;

/// <summary>
/// "who else is in on that?", "还有哪些公司也这么干": the companies and agencies that the sentences the previous answer
/// quoted name besides those the conversation already named, with those sentences. A list of the others asked right
/// after an answer is about what that answer said.
/// </summary>
internal sealed class OthersNamedSkill(Replies.Replies replies) : IAnswerSkill
{
    // Above a list of the key figures, which "还有哪些" also asks for when nothing was answered before.
    private const double Confident = 0.86;

    // Organisations: another person is the view skill's ("what about the other analyst?").
    private static readonly string[] NamedKinds = ["company", "agency"];

    public string Name => "others-named";

    public SkillBid? Bid(SkillContext context)
    {
        var frame = context.Frame;
        if (!frame.IsFollowUp || !frame.AsksForOther || frame.PreviousResult is not { Citations.Count: > 0 } previous
            || !(frame.Asked is AnswerType.Who or AnswerType.List || frame.Has("list.entities")))
        {
            return null;
        }

        // The deal's parties are what every sentence is about, not others.
        var known = frame.EntityIds.Concat(frame.Previous?.EntityIds ?? []).Concat(context.Knowledge.CoreEntities).ToHashSet(StringComparer.Ordinal);
        var others = previous.Citations
            .Select(c => (Citation: c, Named: context.Knowledge.Glossary.Find(Core.Text.ChineseScript.ToSimplified(c.Quote))
                .Select(m => m.Entry).Where(e => NamedKinds.Contains(e.Kind) && !known.Contains(e.Id) && !(e.Represents is { } r && known.Contains(r))).DistinctBy(e => e.Id).ToList()))
            .Where(x => x.Named.Count > 0)
            .ToList();
        if (others.Count == 0)
        {
            return null;
        }

        var language = context.Language;
        var names = others.SelectMany(x => x.Named).DistinctBy(e => e.Id).ToList();
        var separator = language == Languages.Chinese ? "、" : ", ";
        var shown = string.Join(separator, names.Select(e => (language == Languages.Chinese ? e.Chinese : e.English).FirstOrDefault() ?? e.Id));
        var quotes = string.Join(language == Languages.Chinese ? string.Empty : " ", others.Select(x => x.Citation.Quote).Distinct(StringComparer.Ordinal));
        var citations = others.Select(x => x.Citation).Distinct().ToList();
        var asOf = Citations.AsOf(citations);
        var text = context.Own(replies.Get("others.named", language, ("names", shown))) + quotes + context.Own(replies.AsReported(asOf, language));
        var items = names.Select(e => new ListedItem(e.Id, e.Id, e.English.FirstOrDefault() ?? e.Id)).ToList();
        var answer = new ComposedAnswer(AnswerStatus.Answered, text, citations, [], asOf, [$"others named: {string.Join(", ", names.Select(e => e.Id))}"]);
        return new SkillBid(Name, Confident, answer, new TurnResult(Name) { Items = items, ValueLabel = quotes });
    }
}
