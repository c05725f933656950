using DealBot.Answering.Composition;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;

namespace DealBot.Answering.Skills;

/// <summary>
/// Answers who said what: the attributed views that match the question, all of them when it asks for everyone ("who
/// criticised it", "what did everyone quoted say"), those of the person it names, the one it points at in the previous
/// answer ("the second one"), or another one than before ("what about the other analyst?").
/// </summary>
internal sealed class ViewSkill(Replies.Replies replies) : IAnswerSkill
{
    private const double KeepRatio = 0.6;
    private const int MostListed = 5;
    private const int FragmentLength = 24;

    // A word of its own, or two Chinese bigrams: what the question is about besides who.
    private const double ContentWeight = 1.2;

    private static readonly string[] Critical = ["concerned", "critical", "mixed"];
    private static readonly string[] Supportive = ["supportive", "mixed"];

    public string Name => "view";

    public SkillBid? Bid(SkillContext context)
    {
        var frame = context.Frame;
        var people = frame.Entities.Where(e => e.Entry.Kind == "person" && !frame.Excluded.Contains(e.Entry.Id)).Select(e => e.Entry.Id).Distinct().ToList();
        var pointed = Pointed(frame);
        var otherPerson = frame.AsksForOther && frame.PreviousResult is { } before && before.Items.Concat(before.LastList).Any(i => i.EntityId is { } id && context.Knowledge.Facts.Glossary.Any(g => g.Id == id && g.Kind == "person"));
        var asks = frame.Asked is AnswerType.View or AnswerType.Who || frame.Has("ask.view") || frame.Excluded.Count > 0 || frame.Has("stance.critical") || pointed.Count > 0 || otherPerson
            || (people.Count > 0 && frame.Asked is AnswerType.Attribute or AnswerType.Unknown or AnswerType.YesNo or AnswerType.List);
        if (!asks)
        {
            return null;
        }

        var views = FactScoring.Views(context);
        var named = pointed.Count > 0 ? pointed : people.Count > 0 ? people : Referred(context, views);

        // "and who at openai is running the infra there?", "what did the lanyue ceo say?" about an article added later:
        // the curated views were written before it and speak of the deal, not of what that article reports.
        if (named.Count == 0 && frame.Asked is AnswerType.Who or AnswerType.View && context.FocusedArticles().Count > 0)
        {
            return null;
        }

        if (named.Count > 0)
        {
            views = views.Where(v => named.Any(p => Speaks(context, p, v.View))).ToList();
            if (views.Count == 0)
            {
                // Someone the sources do not quote ("what did Jensen say"): not this skill's to answer.
                return null;
            }
        }

        if (frame.AsksForOther && frame.PreviousResult is { Items.Count: > 0 } previous)
        {
            var said = previous.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            views = views.Where(v => !said.Contains(v.View.Id) && !previous.Items.Any(i => i.EntityId is { } p && Speaks(context, p, v.View))).ToList();
        }

        if (frame.Excluded.Count > 0)
        {
            views = views.Where(v => !frame.Excluded.Any(p => Speaks(context, p, v.View))).ToList();
        }

        var stances = frame.Has("stance.critical") ? Critical : frame.Has("stance.supportive") ? Supportive : null;
        if (stances is not null)
        {
            views = views.Where(v => stances.Contains(v.View.Stance)).ToList();
        }

        // "who is OpenAI designing chips with?" asks who does something, not who said something: a view answers it
        // only when it speaks of what the question is about.
        // Nor does a view answer "who at nvda explained the slow start?" unless it speaks of the slow start: a later
        // article may quote someone the curated views do not.
        if (frame.Asked == AnswerType.Who && !frame.IsFollowUp && named.Count == 0 && stances is null && frame.Excluded.Count == 0 && !frame.AsksForOther && pointed.Count == 0)
        {
            var content = frame.ContentTerms;
            var about = content.Values.Sum() >= ContentWeight;
            views = views.Where(v => (frame.Has("ask.view") || FigureSkill.Fits(context, [v.View.Said.En, v.View.Said.Zh, string.Join(' ', v.View.Topics)]))
                && (!about || context.Knowledge.Matcher.Score(content, [v.View.Said.En, v.View.Said.Zh, string.Join(' ', v.View.Topics), v.View.Person.En, v.View.Affiliation.En]) > 0)).ToList();
        }

        // "who else was quoted, besides Altman?" asks for the others, however little else it says.
        if (views.Count == 0 || (named.Count == 0 && views[0].Score < FactScoring.MinimumScore && stances is null && frame.Excluded.Count == 0))
        {
            return null;
        }

        var everyone = frame.Has("ask.list") || frame.Excluded.Count > 0 || stances is not null && frame.Asked is AnswerType.Who or AnswerType.List || named.Count > 1;
        var top = views[0].Score;
        var chosen = named.Count > 0
            ? named.SelectMany(p => views.Where(v => Speaks(context, p, v.View)).Take(everyone ? 2 : 1)).Select(v => v.View).DistinctBy(v => v.Id).ToList()
            : views.Where(v => everyone ? v.Score >= top * 0.3 : v.Score >= top * KeepRatio).Take(everyone ? MostListed : 2).Select(v => v.View).ToList();
        if (everyone && named.Count == 0)
        {
            // Named people first: "who criticised it" is answered with names.
            chosen = [.. chosen.OrderBy(v => context.Knowledge.Glossary.Find(v.Person.En).Any(m => m.Entry.Kind == "person") ? 0 : 1)];
        }

        return Compose(context, chosen, named.Count > 0 ? 0.9 : 0.55 + (0.35 * Math.Min(1, top)) + (everyone ? 0.05 : 0));
    }

    // "he" after an answer about one person is that person; "the other one" after a turn about one of a listed few
    // is the first of the others.
    private static List<string> Referred(SkillContext context, List<(AttributedView View, double Score)> views)
    {
        var frame = context.Frame;
        if (frame.PreviousResult is not { } previous)
        {
            return [];
        }

        bool Person(ListedItem item) => item.EntityId is { } id && context.Knowledge.Facts.Glossary.Any(g => g.Id == id && g.Kind == "person");
        var last = previous.Items.Where(Person).Select(i => i.EntityId!).Distinct().ToList();
        if (frame.AsksForOther)
        {
            var listed = previous.LastList.Where(Person).Select(i => i.EntityId!).ToList();
            var others = listed.Where(id => !last.Contains(id)).ToList();
            if (others.Count == 0)
            {
                // Everyone listed was the one just discussed: another person the sources quote, the closest to the
                // topic first.
                others = [.. views
                    .SelectMany(v => context.Knowledge.Glossary.Find(v.View.Person.En).Where(m => m.Entry.Kind == "person").Select(m => m.Entry.Id))
                    .Where(id => !listed.Contains(id) && !last.Contains(id))];
            }

            return others.Take(1).ToList();
        }

        // "哪家机构的？" right after "the first one is who?": a fragment about the one person just named.
        var fragment = frame.IsFollowUp && frame.Text.Text.Length <= FragmentLength && !frame.Has("ask.list");
        return (frame.Has("ref.person") || fragment) && last.Count == 1 ? last : [];
    }

    // "the second one" names an item of the previous answer; "he" after one person is that person.
    private static List<string> Pointed(QuestionFrame frame)
    {
        if (frame.PreviousResult is not { } previous || frame.Ordinal is not { } ordinal)
        {
            return [];
        }

        var items = (previous.LastList.Count >= 2 ? previous.LastList : previous.Items).Where(i => i.EntityId is not null).ToList();
        var index = ordinal < 0 ? items.Count + ordinal : ordinal - 1;
        return index >= 0 && index < items.Count ? [items[index].EntityId!] : [];
    }

    private static bool Speaks(SkillContext context, string person, AttributedView view) =>
        FactScoring.Names(context, person, [view.Person.En, view.Person.Zh]);

    private SkillBid Compose(SkillContext context, List<AttributedView> chosen, double score)
    {
        var language = context.Language;
        var zh = language == Languages.Chinese;
        var lines = chosen.Select(v =>
        {
            var person = v.Person.For(language);
            var affiliation = v.Affiliation.For(language);
            var who = string.IsNullOrWhiteSpace(affiliation) ? person : zh ? $"{person}（{affiliation}）" : $"{person} ({affiliation})";
            return replies.Get("who_said", language, ("who", who), ("said", v.Said.For(language)));
        }).ToList();
        var citations = Citations.Distinct(chosen.SelectMany(v => v.Sources.Select(s => Citations.ForFact([s], context)).Take(2)));
        var asOf = Citations.AsOf(citations);
        var body = lines.Count == 1 ? lines[0] : string.Join("\n", lines.Select(l => "- " + l));
        var text = body + replies.AsReported(asOf, language);
        var items = chosen.Select(v => new ListedItem(v.Id, context.Knowledge.Glossary.Find(v.Person.En + " " + v.Person.Zh).Select(m => m.Entry.Id).FirstOrDefault(), v.Person.For(language))).ToList();
        var answer = new ComposedAnswer(AnswerStatus.Answered, context.Own(text.Trim()), citations, [], asOf, [$"views: {string.Join(", ", chosen.Select(v => v.Id))}"]);
        return new SkillBid(Name, score, answer, new TurnResult(Name) { Items = items, FactIds = chosen.Select(v => v.Id).ToList(), ValueLabel = string.Join(" ", chosen.Select(v => v.Said.For(language))) });
    }
}
