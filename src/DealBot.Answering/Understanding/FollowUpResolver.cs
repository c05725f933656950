using DealBot.Core.Matching;

namespace DealBot.Answering.Understanding;

/// <summary>
/// Reads a question against the one before it (the previous turn of a conversation, or the previous part of a
/// multi-part question). A follow-up ("and in euros?", "what about Oracle?", "why?", "the second one?", "第二阶段呢？")
/// inherits what it leaves out: the entities it does not replace, the topic, the answer type and how the question
/// asked; and it carries the previous result and list for the skills that use them.
/// </summary>
public sealed class FollowUpResolver
{
    // A question this short with nothing of its own to be about is a fragment replying to the last answer.
    private const int FragmentLength = 40;
    private const int AnaphoraLength = 90;
    private const int SuppositionLength = 60;
    private const double InheritedWeight = 0.6;

    // The thing an ordinal picks is what the follow-up is about: it weighs as much as the question's own subject.
    private const double PickedWeight = 2.0;

    // How many questions back an ordinal looks for the list it points into.
    private const int ListReach = 3;

    private static readonly HashSet<string> KindsThatReplace = new(StringComparer.Ordinal) { "company", "person", "project", "product", "agency" };

    /// <param name="continuesMessage">
    /// <paramref name="current"/> is a later part of the message <paramref name="previous"/> began ("Calder Thermal那份合同
    /// 多少钱？占园区造价的百分之几？"): unless it names a subject of its own, it is about what that part was about.
    /// </param>
    public QuestionFrame Resolve(QuestionFrame current, QuestionFrame? previous, TurnResult? previousResult, GlossaryMatcher glossary, FactMatcher matcher, IReadOnlySet<string> coreEntities, bool continuesMessage = false)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(glossary);
        ArgumentNullException.ThrowIfNull(matcher);
        if (previous is null || current.Kind != QuestionKind.Question || !(IsFollowUp(current, coreEntities, glossary) || (continuesMessage && !OwnSubjects(current, coreEntities))))
        {
            return current;
        }

        // "那第二个呢？" after "我关注英伟达、甲骨文、博通这三只，英伟达涨了多少？": the ordinal picks one of the list the
        // answer gave, or else of the companies (people, projects) the question before named, and asks about it alone.
        if (Picked(current, previous, previousResult, glossary) is { } picked)
        {
            current = current with { Entities = [.. current.Entities, picked] };
        }

        // "what about Oracle?" after a question about Nvidia: Oracle replaces Nvidia; the rest of the topic stays.
        var replaced = previous.Entities
            .Where(p => KindsThatReplace.Contains(p.Entry.Kind) && current.Entities.Any(c => c.Entry.Kind == p.Entry.Kind && c.Entry.Id != p.Entry.Id))
            .ToList();
        var previousText = previous.Text.Text.ToCharArray();
        // Entities the previous frame inherited point into the text of an earlier one: only its own are blanked.
        foreach (var match in replaced.Where(m => m.Start >= 0 && m.Start + m.Length <= previousText.Length))
        {
            Array.Fill(previousText, ' ', match.Start, match.Length);
        }

        var inherited = replaced.Count == 0 ? previous.Terms : matcher.QuestionWeights(new string(previousText));

        // "the third one?" after "how much did nvda rise?": the same thing asked of another, whichever way it moved.
        var picking = current.Entities.Any(e => e.Length == 0);
        if (picking)
        {
            var moves = new HashSet<string>(StringComparer.Ordinal);
            for (var (frame, depth) = (previous, 0); frame is not null && depth < ListReach; (frame, depth) = (frame.Previous, depth + 1))
            {
                moves.UnionWith(frame.Cues.Where(c => c.Cue.StartsWith("direction.", StringComparison.Ordinal)).SelectMany(c => matcher.QuestionWeights(c.Phrase).Keys));
            }

            inherited = inherited.Where(t => !moves.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        }
        var terms = current.Terms.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        foreach (var pick in current.Entities.Where(e => e.Length == 0).Take(picking ? 1 : 0))
        {
            // "and the second one?": the words of pointing ("second", "one") are no topic.
            foreach (var word in current.Terms.Keys.Where(t => !t.Contains(':', StringComparison.Ordinal)))
            {
                terms.Remove(word);
            }

            terms["e:" + pick.Entry.Id] = PickedWeight;
        }

        foreach (var (term, weight) in inherited)
        {
            terms[term] = Math.Max(terms.GetValueOrDefault(term), weight * InheritedWeight);
        }

        // "what about the other analyst?" asks past the person of the previous answer, not about them again.
        // "besides Altman, who?" set Altman aside: a follow-up does not bring him back.
        var inheritedEntities = previous.Entities.Where(p => !replaced.Contains(p) && !previous.Excluded.Contains(p.Entry.Id) && !current.Entities.Any(c => c.Entry.Id == p.Entry.Id) && !(current.AsksForOther && p.Entry.Kind == "person"));
        var entities = current.Entities.Concat(inheritedEntities).ToList();
        var asksOwn = current.Cues.Any(c => c.Cue != "ask.interrogative" && (c.Cue.StartsWith("ask.", StringComparison.Ordinal) || c.Cue.StartsWith("op.", StringComparison.Ordinal)));
        var cues = asksOwn ? current.Cues : [.. current.Cues, .. previous.Cues.Where(c => c.Cue != "ask.interrogative" && (c.Cue.StartsWith("ask.", StringComparison.Ordinal) || c.Cue.StartsWith("op.", StringComparison.Ordinal) || c.Cue.StartsWith("topic.", StringComparison.Ordinal)))];
        var asked = Weak(current.Asked) && !Weak(previous.Asked) ? previous.Asked : current.Asked;
        var quantities = current.Quantities.Target.IsEmpty && !asksOwn ? current.Quantities with { Target = previous.Quantities.Target } : current.Quantities;
        var content = current.ContentTerms.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        foreach (var (term, weight) in previous.ContentTerms)
        {
            content.TryAdd(term, weight * InheritedWeight);
        }

        // "那如果只部署6吉瓦呢？" after traditional turns is answered in traditional characters too.
        var text = current.Text.ScriptNeutral && current.Language == previous.Language ? current.Text with { Traditional = previous.Text.Traditional } : current.Text;
        return current with
        {
            Text = text,
            IsFollowUp = true,
            ContentTerms = content,
            Previous = previous,
            PreviousResult = previousResult,
            Entities = entities,
            Terms = terms,
            NamedBigrams = current.NamedBigrams.Union(previous.NamedBigrams.Where(b => !current.Terms.ContainsKey(b))).ToHashSet(StringComparer.Ordinal),
            Cues = cues,
            Asked = asked,
            Quantities = quantities,
        };
    }

    // The entity an ordinal of a follow-up that names none points at ("the second one?"), or "the other one" of two after
    // a turn about one of them.
    private static GlossaryMatch? Picked(QuestionFrame current, QuestionFrame previous, TurnResult? previousResult, GlossaryMatcher glossary)
    {
        if ((current.Ordinal is null && !current.AsksForOther) || current.Entities.Any(e => KindsThatReplace.Contains(e.Entry.Kind)))
        {
            return null;
        }

        // The member's own list comes first ("i'm watching oracle, broadcom and nvda … the second one?"), also from a
        // question further back ("第三个呢？" after "那第二个呢？"); else the one the answer gave ("which two stocks went
        // up?" … "the first one?").
        static List<string> Named(QuestionFrame frame, out List<GlossaryMatch> named)
        {
            named = [.. frame.Entities.Where(e => KindsThatReplace.Contains(e.Entry.Kind)).OrderBy(e => e.Start)];
            return named.GroupBy(e => e.Entry.Kind).Where(g => g.Select(e => e.Entry.Id).Distinct().Count() >= 2).Select(g => g.Select(e => e.Entry.Id).Distinct(StringComparer.Ordinal).ToList()).FirstOrDefault() ?? [];
        }

        var ids = new List<string>();
        var named = new List<GlossaryMatch>();
        for (var (frame, depth) = (previous, 0); ids.Count < 2 && frame is not null && depth < ListReach; (frame, depth) = (frame.Previous, depth + 1))
        {
            ids = Named(frame, out named);
        }

        if (ids.Count < 2)
        {
            ids = previousResult?.LastList.Select(i => i.EntityId).OfType<string>().Distinct(StringComparer.Ordinal).ToList() ?? [];
        }

        // "the other one?" of two, after a turn about one of them.
        var index = current.Ordinal is { } ordinal ? (ordinal < 0 ? ids.Count + ordinal : ordinal - 1)
            : ids.Count == 2 && previous.Entities.Where(e => (e.Length == 0 || KindsThatReplace.Contains(e.Entry.Kind)) && !previous.SupposedEntities.Contains(e.Entry.Id)).Select(e => ids.IndexOf(e.Entry.Id)).Where(i => i >= 0).Distinct().ToList() is [var discussed] ? 1 - discussed
            : -1;
        if (ids.Count < 2 || index < 0 || index >= ids.Count)
        {
            return null;
        }

        var id = ids[index];
        var entry = named.FirstOrDefault(e => e.Entry.Id == id)?.Entry ?? glossary.Entries.FirstOrDefault(e => e.Id == id);
        return entry is null ? null : new GlossaryMatch(entry, 0, 0);
    }

    private static bool OwnSubjects(QuestionFrame frame, IReadOnlySet<string> core) =>
        frame.Entities.Any(e => KindsThatReplace.Contains(e.Entry.Kind) && !core.Contains(e.Entry.Represents ?? e.Entry.Id));

    private static bool Weak(AnswerType type) => type is AnswerType.Attribute or AnswerType.Unknown or AnswerType.YesNo;

    private static bool IsFollowUp(QuestionFrame frame, IReadOnlySet<string> core, GlossaryMatcher glossary)
    {
        if (frame.Has("frame.followup") || frame.Ordinal is not null || frame.AsksForOther || frame.Factor is not null)
        {
            return true;
        }

        // "how many times bigger is the OpenAI plan?", "是老黄这笔的几倍": a comparison naming one side only
        // compares with what was just answered.
        if (frame.Has("op.ratio") && !frame.Has("compare.explicit") && frame.Text.Text.Length <= AnaphoraLength)
        {
            return true;
        }

        var ownSubjects = OwnSubjects(frame, core);
        var length = frame.Text.Text.Length;

        // "what if just 7 GW end up built?": a short supposition of a new number that names nobody redoes what was
        // just answered with it.
        if (frame.Has("frame.hypothetical") && frame.Quantities.Quantities.Any(q => !q.UnitOnly) && !frame.Entities.Any(e => KindsThatReplace.Contains(e.Entry.Kind)) && length <= SuppositionLength)
        {
            return true;
        }
        if (frame.Has("frame.anaphora") && !ownSubjects && length <= AnaphoraLength)
        {
            return true;
        }

        // "why?", "in MW?", "how come?", "and if it were only 3 GW?": nothing of its own to be about. Units and
        // numbers say what to compute, not about what.
        var units = glossary.Entries.Where(e => e.Kind == "unit").Select(e => "e:" + e.Id).ToHashSet(StringComparer.Ordinal);
        var content = frame.Terms.Where(t => !t.Key.StartsWith("n:", StringComparison.Ordinal) && !t.Key.StartsWith("d:", StringComparison.Ordinal) && !units.Contains(t.Key) && !t.Key.All(char.IsDigit)).Sum(t => t.Value);
        return length <= FragmentLength && !frame.Entities.Any(e => KindsThatReplace.Contains(e.Entry.Kind)) && content < 2;
    }
}
