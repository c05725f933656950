using DealBot.Answering.Understanding;
using DealBot.Core.Retrieval;

namespace DealBot.Answering.Skills;

/// <summary>What a skill works from: the question's frame (one part of it, for a multi-part question), what retrieval found for it, and the knowledge base.</summary>
internal sealed record SkillContext(QuestionFrame Frame, IReadOnlyList<ScoredPassage> Passages, KnowledgeView Knowledge)
{
    public string Language => Frame.Language;

    /// <summary>What the skills noted while bidding (shown by <c>--trace</c>): why a skill declined, what it considered.</summary>
    public List<string> Notes { get; } = [];

    public void Note(string note) => Notes.Add(note);

    /// <summary>Text the bot writes itself, in the script the member wrote (quotes are left as the sources have them).</summary>
    public string Own(string text) => Frame.Text.InScript(text);

    public IReadOnlyDictionary<string, double> Terms => Frame.Terms;

    /// <summary>The question's terms other than its numbers and dates: what it names in words.</summary>
    public IReadOnlyDictionary<string, double> Words => Derived().Words;

    /// <summary>Of <see cref="Words"/>, those this part's own text uses (a follow-up's, without what it inherited).</summary>
    public IReadOnlyDictionary<string, double> OwnWords => Derived().Own;

    /// <summary>
    /// The terms a sentence of <paramref name="passage"/> is held to: a later article's sentence in the other language
    /// is held to the question's names, not to the Chinese characters spelling them (such an article may exist in one
    /// language only; the curated articles come in both).
    /// </summary>
    public IReadOnlyDictionary<string, double> TermsFor(Core.Documents.Passage passage) =>
        passage.Language == Language || Knowledge.CuratedArticles.Contains(passage.SourceId) ? Terms : Derived().Across;

    // Several skills read these for every sentence they weigh; they are worked out once for the part's frame.
    private DerivedTerms? _derived;

    private DerivedTerms Derived()
    {
        if (_derived is { } known && ReferenceEquals(known.Frame, Frame))
        {
            return known;
        }

        var words = WordsOf(Terms);
        var own = WordsOf(Knowledge.Matcher.QuestionWeights(Frame.Text.Text)).Where(t => words.ContainsKey(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        var across = Frame.NamedBigrams.Count == 0 ? Terms : Terms.Where(t => !Frame.NamedBigrams.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        _derived = new DerivedTerms(Frame, words, own, across);
        return _derived;
    }

    private sealed record DerivedTerms(QuestionFrame Frame, IReadOnlyDictionary<string, double> Words, IReadOnlyDictionary<string, double> Own, IReadOnlyDictionary<string, double> Across);

    /// <summary>Of <paramref name="terms"/>, those other than numbers ("n:") and dates ("d:").</summary>
    public static Dictionary<string, double> WordsOf(IReadOnlyDictionary<string, double> terms) =>
        terms.Where(t => !t.Key.StartsWith("n:", StringComparison.Ordinal) && !t.Key.StartsWith("d:", StringComparison.Ordinal))
            .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);

    /// <summary>Article ids of the retrieved passages, best first.</summary>
    public IReadOnlyList<string> RetrievedSources { get; } = Passages.Select(p => p.Passage.SourceId).Distinct().ToList();

    // Several skills ask for the later articles of the same part; they are found once for its frame and passages.
    private LaterArticles? _later;

    /// <summary>The question's words that only articles added after the fact sheet use: see <see cref="Skills.ArticleNames"/>.</summary>
    public IReadOnlyDictionary<string, double> ArticleNames() => Later().Names;

    /// <summary>The retrieved articles that use <paramref name="names"/> most: what a question naming them is about.</summary>
    public IReadOnlySet<string> NamedArticles(IReadOnlyDictionary<string, double> names) => Skills.ArticleNames.Articles(names, Passages, Knowledge);

    /// <summary>
    /// The articles added later that the question is about: those its names point to, or, for a follow-up that names
    /// none ("and who led it?", "how many of those racks fit in it?"), the later articles the answer before quoted.
    /// </summary>
    public IReadOnlySet<string> FocusedArticles() => Later().Focused;

    private LaterArticles Later()
    {
        if (_later is { } known && ReferenceEquals(known.Frame, Frame) && ReferenceEquals(known.Passages, Passages))
        {
            return known;
        }

        var names = Skills.ArticleNames.Of(Terms, Passages, Knowledge);
        var named = NamedArticles(names);
        var focused = named.Count > 0 ? named : Skills.ArticleNames.Quoted(Frame, Knowledge, RetrievedSources);
        _later = new LaterArticles(Frame, Passages, names, focused);
        return _later;
    }

    private sealed record LaterArticles(QuestionFrame Frame, IReadOnlyList<ScoredPassage> Passages, IReadOnlyDictionary<string, double> Names, IReadOnlySet<string> Focused);

    /// <summary>The entities the question names that are not the deal's parties: what it is about, if it names something else.</summary>
    public IReadOnlyList<string> Subjects =>
        Frame.Entities
            .Where(e => e.Entry.Kind is "company" or "person" or "project" or "agency" or "product" && !Frame.SupposedEntities.Contains(e.Entry.Id))
            .Select(e => e.Entry.Represents ?? e.Entry.Id)
            .Where(id => !Knowledge.CoreEntities.Contains(id))
            .Distinct()
            .ToList();
}
