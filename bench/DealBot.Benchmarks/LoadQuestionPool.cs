using System.Text.Json;

namespace DealBot.Benchmarks;

/// <summary>
/// What the load benchmark asks: the development questions (the repository's copy of ../shared/eval/dev-questions.jsonl)
/// and the community sets written in members' voices, both languages, as single questions and as conversations whose
/// later turns are asked as replies to the bot's earlier answers. Questions the bot would refuse as too long, or that
/// are empty, are left out: every question asked should get an answer, not a notice.
/// </summary>
internal sealed class LoadQuestionPool
{
    // How members open a question, so that a long run does not ask the same few hundred texts again and again (the
    // engine caches the vectors of recent questions: repeats would measure the cache, and hide what fresh text costs).
    private static readonly string[] EnglishOpeners = ["", "hey, ", "quick question: ", "sorry if this was asked already — ", "anyone know: ", "ok so ", "hi bot, ", "question: "];
    private static readonly string[] ChineseOpeners = ["", "请问", "问一下，", "大家好，", "想知道：", "有人知道吗：", "机器人你好，", "小白提问："];

    private LoadQuestionPool(IReadOnlyList<string> singles, IReadOnlyList<IReadOnlyList<string>> conversations)
    {
        Singles = singles;
        Conversations = conversations;
    }

    /// <summary>Questions asked on their own, shuffled (the same order every run).</summary>
    public IReadOnlyList<string> Singles { get; }

    /// <summary>
    /// The <paramref name="n"/>-th single question: the pool in order, each pass through it with another opener, so
    /// the first pool size × 8 questions are all different texts.
    /// </summary>
    public string Single(int n)
    {
        var question = Singles[n % Singles.Count];
        var openers = question.Any(c => c is >= '\u4e00' and <= '\u9fff') ? ChineseOpeners : EnglishOpeners;
        return openers[n / Singles.Count % openers.Length] + question;
    }

    /// <summary>Conversations of two or more turns, each in turn order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Conversations { get; }

    public static LoadQuestionPool Load(string root, int maxQuestionLength, Random random)
    {
        var resources = Path.Combine(root, "tests", "DealBot.Answering.Tests", "Resources");
        var community = Path.Combine(resources, "community");
        var lines = new[] { Path.Combine(resources, "dev-questions.jsonl") }
            .Concat(Directory.EnumerateFiles(community, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .SelectMany(ReadLines)
            .Where(l => l.Question.Trim().Length is var n && n > 0 && n <= maxQuestionLength)
            .ToList();

        var singles = lines.Where(l => l.Conversation is null).Select(l => l.Question.Trim()).Distinct(StringComparer.Ordinal).ToArray();
        random.Shuffle(singles);
        var conversations = lines.Where(l => l.Conversation is not null)
            .GroupBy(l => l.Conversation!, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)g.OrderBy(l => l.Turn).Select(l => l.Question.Trim()).ToList())
            .Where(turns => turns.Count >= 2)
            .ToArray();
        random.Shuffle(conversations);
        if (singles.Length == 0 || conversations.Length == 0)
        {
            throw new InvalidDataException($"no questions or no conversations under {resources}");
        }

        return new LoadQuestionPool(singles, conversations);
    }

    private static IEnumerable<PoolLine> ReadLines(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            yield return new PoolLine(
                root.GetProperty("question").GetString() ?? "",
                root.TryGetProperty("conversation", out var c) ? c.GetString() : null,
                root.TryGetProperty("turn", out var t) ? t.GetInt32() : 0);
        }
    }

    private sealed record PoolLine(string Question, string? Conversation, int Turn);
}
