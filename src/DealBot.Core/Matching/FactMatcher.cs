using DealBot.Core.Facts;

namespace DealBot.Core.Matching;

/// <summary>
/// Scores how well a curated fact (figure, event or view) matches a question: the weighted share of the question's
/// terms (entities, figures, words, Chinese bigrams) that the fact's labels, aliases and texts contain, in either
/// language. Question words ("how much", "什么时候") carry no weight: they say what is asked, not about what.
/// </summary>
public sealed class FactMatcher(TermAnalyzer analyzer)
{
    private static readonly HashSet<string> QuestionTerms = new(StringComparer.Ordinal)
    {
        "什么", "多少", "怎么", "么样", "时候", "如何", "哪些", "是否", "为什", "么时", "少钱", "哪一", "一轮", "了多", "吗", "呢", "的",
        "是", "了", "在", "有", "和", "与", "对", "会", "将", "这", "那", "个", "么", "哪", "几", "谁", "看", "样",
        "big", "large", "much", "many", "happen", "plan", "expect", "suppos", "tell", "know", "want",
    };

    private readonly Dictionary<string, HashSet<string>> _cache = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The distinct terms of a question, with their weights.</summary>
    public IReadOnlyDictionary<string, double> QuestionWeights(string question)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in analyzer.Analyze(question))
        {
            if (!QuestionTerms.Contains(term) && !StraddlesFunctionWord(term))
            {
                weights[term] = WeightOf(term);
            }
        }

        return weights;
    }

    /// <summary>The share (0–1) of the question's term weight found in <paramref name="texts"/>.</summary>
    public double Score(IReadOnlyDictionary<string, double> question, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(question);
        var total = question.Values.Sum();
        if (total <= 0)
        {
            return 0;
        }

        var terms = TermsOf(string.Join("\n", texts));
        return question.Where(kv => terms.Contains(kv.Key)).Sum(kv => kv.Value) / total;
    }

    /// <summary>The terms of <paramref name="text"/>, as questions are weighed against it.</summary>
    public IReadOnlySet<string> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TermsOf(text);
    }

    public double Score(IReadOnlyDictionary<string, double> question, FactFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return Score(question, [figure.Label.En, figure.Label.Zh, .. figure.Aliases]);
    }

    public double Score(IReadOnlyDictionary<string, double> question, TimelineEvent timelineEvent)
    {
        ArgumentNullException.ThrowIfNull(timelineEvent);
        return Score(question, [timelineEvent.What.En, timelineEvent.What.Zh]);
    }

    public double Score(IReadOnlyDictionary<string, double> question, AttributedView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        // Who spoke and what about decide; the words of the quote only add, so a question that merely shares a
        // company name with a quote ("how did Nvidia's stock react") does not become a question about that view.
        var about = Score(question, [view.Person.En, view.Person.Zh, view.Affiliation.En, view.Affiliation.Zh, string.Join(' ', view.Topics)]);
        return about + (0.5 * Score(question, [view.Said.En, view.Said.Zh]));
    }

    private HashSet<string> TermsOf(string text)
    {
        lock (_lock)
        {
            if (_cache.TryGetValue(text, out var cached))
            {
                return cached;
            }
        }

        var terms = analyzer.Analyze(text).ToHashSet(StringComparer.Ordinal);
        lock (_lock)
        {
            if (_cache.Count > 4096)
            {
                _cache.Clear();
            }

            _cache[text] = terms;
        }

        return terms;
    }

    // A Chinese bigram that takes a particle or question word ("布的" of "宣布的", "易是" of "交易是") spans two words and
    // names nothing; it would only dilute what the question is about.
    private static bool StraddlesFunctionWord(string term) =>
        term.Length == 2 && DealBot.Core.Documents.Languages.IsCjk(term[0]) && DealBot.Core.Documents.Languages.IsCjk(term[1])
        && (FunctionCharacters.Contains(term[0]) || FunctionCharacters.Contains(term[1]));

    private static readonly HashSet<char> FunctionCharacters = ['的', '是', '了', '吗', '呢', '吧', '啊', '么', '什', '哪', '谁', '几', '怎', '还', '被', '把', '给', '让', '这', '那', '个', '样'];

    private static double WeightOf(string term) => term switch
    {
        _ when term.StartsWith("e:", StringComparison.Ordinal) => 2.0,
        _ when term.StartsWith("n:", StringComparison.Ordinal) => 2.0,
        _ when term.StartsWith("d:", StringComparison.Ordinal) => 1.0,
        _ when term.Length == 2 && DealBot.Core.Documents.Languages.IsCjk(term[0]) => 0.6,
        _ when term.Length == 1 => 0.2,
        _ => 1.0,
    };
}
