using System.Text.RegularExpressions;
using DealBot.Answering.Analysis;
using DealBot.Core.Answers;
using DealBot.Core.Facts;

namespace DealBot.Answering.Composition;

/// <summary>
/// Decides whether the sources can answer at all: a question that shares almost nothing with the knowledge base is out
/// of scope; one about the deal's world that the passages only graze is not in the sources; one about another
/// company's deal that no curated fact covers (the knowledge base mentions AMD only as a rival) is not in the sources.
/// </summary>
internal static partial class ScopeJudge
{
    public static AnswerStatus? Judge(ComposeContext context)
    {
        // Dates a question counts days between are its operands, not its topic.
        var terms = context.Question.Has(Intent.Days) ? QuestionTerms.DaysTopic(context.Matcher, context.Question) : context.Terms;
        var coverage = context.Passages.Take(3).Select(p => context.Matcher.Score(terms, [p.Passage.Text])).DefaultIfEmpty(0).Max();
        var namesEntity = context.Question.Entities.Count > 0;
        if (!namesEntity && coverage < 0.34)
        {
            return AnswerStatus.OutOfScope;
        }

        if (coverage < 0.2)
        {
            return AnswerStatus.NotInSources;
        }

        return AboutUncoveredDeal(context) ? AnswerStatus.NotInSources : null;
    }

    private static bool AboutUncoveredDeal(ComposeContext context)
    {
        if (!DealWords().IsMatch(context.Question.Text))
        {
            return false;
        }

        var core = CoreEntities(context);
        var others = context.Question.Entities.Select(m => m.Entry).Where(e => e.Kind == "company" && !core.Contains(e.Id)).DistinctBy(e => e.Id).ToList();
        return others.Count > 0 && others.Any(entity => !Covered(entity, context.Facts));
    }

    // The parties of the story are the entities its curated facts name most.
    private static HashSet<string> CoreEntities(ComposeContext context)
    {
        var texts = context.Facts.Figures.Select(f => f.Label.En + " " + f.Label.Zh).Concat(context.Facts.Events.Select(e => e.What.En + " " + e.What.Zh)).ToList();
        return context.Facts.Glossary
            .Where(g => g.Kind == "company")
            .Select(g => (g.Id, Count: texts.Count(t => g.English.Concat(g.Chinese).Any(n => t.Contains(n, StringComparison.OrdinalIgnoreCase)))))
            .OrderByDescending(x => x.Count)
            .Take(2)
            .Select(x => x.Id)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool Covered(GlossaryEntry entity, FactSheet facts)
    {
        var names = entity.English.Concat(entity.Chinese).ToList();
        bool Mentions(string text) => names.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase));
        return facts.Figures.Any(f => Mentions(f.Label.En) || Mentions(f.Label.Zh) || f.Aliases.Any(Mentions))
            || facts.Events.Any(e => Mentions(e.What.En) || Mentions(e.What.Zh))
            || facts.Views.Any(v => Mentions(v.Person.En) || Mentions(v.Person.Zh) || Mentions(v.Affiliation.En) || Mentions(v.Affiliation.Zh));
    }

    [GeneratedRegex(@"\b(deal|deals|agreement|contract|partnership|terms|acquisition|acquire|merger|stake|investment in|invest(s|ing|ed)? in|put(s|ting)? into|pledge[ds]?|commit(s|ted|ting)? to)\b|交易|协议|合同|条款|收购|合并|入股|向.{1,12}投资|对.{1,12}投资", RegexOptions.IgnoreCase)]
    private static partial Regex DealWords();
}
