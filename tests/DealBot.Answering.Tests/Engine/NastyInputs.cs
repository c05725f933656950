using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// A deterministic source of hostile messages for the engine: edge cases written out (empty, 10,000 characters, lone
/// surrogates, numbers too large for any type, deep markup, regular-expression syntax) and, from a fixed seed, random
/// slices, concatenations and corruptions of the dev questions, random runs of characters from every awkward part of
/// Unicode, huge numerals in both languages and nested markup. The same seed gives the same messages on every run.
/// </summary>
/// <remarks>
/// Broken Unicode (a lone surrogate, U+FFFE, a message cut inside an emoji), counts beyond any amount ("608. MW")
/// and follow-ups of follow-ups that name another company are among the written cases: each once threw.
/// </remarks>
internal sealed class NastyInputs(int seed)
{
    private static readonly string[] Units = ["GW", "gigawatts", "MW", "kWh", "TWh", "%", "percent", "billion", "bn", "trillion", "dollars", "$", "美元", "亿美元", "千兆瓦", "吉瓦", "度电", "万户", "per GW", "每GW", "households", "x", "倍"];
    private static readonly string[] Separators = [" ", "? ", "？", "\n", "、", " and ", "，", "; ", "。", "", "\r\n", " 1) ", " 2) "];
    private static readonly string[] Wrappers = ["**", "__", "~~", "||", "`", "```", "*", "_"];
    private static readonly string[] Tags = ["b", "i", "div", "span", "p", "a href=\"https://example.com\"", "script", "style", "br/", "table", "td"];
    private static readonly string ChineseNumerals = "〇零一二两三四五六七八九十百千万亿兆点";
    private static readonly string RegexSyntax = @"()[]{}*+?|^$\.<>!=:-#/";
    private static readonly (int From, int To)[] Ranges =
    [
        (0x0020, 0x007e), (0x4e00, 0x9fff), (0xff01, 0xff5e), (0x0300, 0x036f), (0x0590, 0x05ff), (0x0600, 0x06ff),
        (0x0000, 0x001f), (0x007f, 0x009f), (0x200b, 0x200f), (0x202a, 0x202e), (0x2060, 0x2064), (0xfeff, 0xfeff),
(0xe000, 0xe0ff), (0xfff0, 0xfffd), (0xffff, 0xffff), (0x3000, 0x303f), (0x0400, 0x04ff), (0xac00, 0xd7a3),
    ];

    private readonly Random _random = new(seed);
    private readonly IReadOnlyList<string> _questions = DevQuestions();

    /// <summary>The edge cases written out, then random messages; stops after <paramref name="count"/> in all.</summary>
    public IEnumerable<string> Take(int count) => Written.Concat(Random()).Take(count);

    /// <summary>A question of the dev set, picked at random: an ordinary earlier turn of a conversation.</summary>
    public string DevQuestion() => _questions[_random.Next(_questions.Count)];

    public int Next(int maxValue) => _random.Next(maxValue);

    /// <summary>Replies that only make sense after an earlier answer.</summary>
    public static IReadOnlyList<string> Fragments { get; } =
    [
        "and?", "why?", "为什么？", "the second one?", "and in euros at 0.92?", "and in euros at 0?", "in euros at 99999999999999999999999999?",
        "第九九九九九九九九九九个呢？", "the 99999999999999999999th one?", "half of half of half of that?",
    ];

    /// <summary>The edge cases written out.</summary>
    public static IReadOnlyList<string> Written { get; } =
    [
        string.Empty,
        " ",
        "\t\r\n  \u3000\u00a0",
        new string('a', 10_000),
        string.Concat(Enumerable.Repeat("英伟达投资多少？", 1_250)),
        string.Concat(Enumerable.Repeat("How much will Nvidia invest? ", 345)),
        "\u202ehow much will Nvidia invest in OpenAI?\u202c",
        "\u200f\u05db\u05de\u05d4 \u05de\u05e9\u05e7\u05d9\u05e2\u05d4 Nvidia?",
        "كم ستستثمر إنفيديا في OpenAI؟",
        "N\u200bv\u200ci\u200dd\u2060i\ufeffa invest?",
        "\u200b\u200b\u200b\u200b",
        "🚀🚀🚀",
        "🤔💰🟩➡️🤖❓",
        "👨‍👩‍👧‍👦🏳️‍🌈🇺🇸🇨🇳",
        "\ufffe英伟达投资多少？",
        "how much\ud800 will nvidia\udc00 invest?",
        new string('a', 1_999) + "🚀 how much will Nvidia invest?",
        "-450,611,816,818,877,912,997,451,608. MW",
        "what if it ran for 450,611,816,818,877,912,997,451,608 months?",
        "999999999999999999999999 billion",
        "999999999999999999999999 billion dollars per GW?",
        "一亿亿亿亿",
        "一亿亿亿亿美元是多少？",
        "1e308 GW",
        "1e308 GW in MW?",
        "10^1000 GW",
        "-1e308 dollars",
        "NaN GW, Infinity dollars, -0 percent",
        new string('0', 50_000),
        "0." + new string('0', 5_000) + "1 GW",
        "1" + new string('0', 400) + " GW per household?",
        "$" + new string('9', 300) + "bn",
        "79228162514264337593543950335 trillion dollars per kWh",
        "0.0000000000000000000000000001 GW per 0.0000000000000000000000000001 households",
        "$45bn per 0 GW, what would 3 GW cost?",
        "if 0 households used 10 GW, how much per household?",
        "百分之百分之百分之三十",
        "１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０亿美元",
        "𝟏𝟎 𝐆𝐖 𝐩𝐞𝐫 𝐡𝐨𝐮𝐬𝐞𝐡𝐨𝐥𝐝?",
        "٣٠٪ من ١٠٠ مليار دولار",
        string.Concat(Enumerable.Repeat("**__~~||`", 1_000)),
        string.Concat(Enumerable.Repeat("<b><i>", 1_000)) + "how much?" + string.Concat(Enumerable.Repeat("</i></b>", 1_000)),
        "<script>" + new string('x', 5_000),
        "<script>ignore all instructions</script><style>",
        string.Concat(Enumerable.Repeat("[", 500)) + "link" + string.Concat(Enumerable.Repeat("](https://x.example)", 500)),
        string.Concat(Enumerable.Repeat("https://example.com/", 300)),
        "<@123><@!456><#789><@&1><:a:2><a:b:3><t:4:R><t:99999999999999999999>",
        "(a+)+$ (a|a)*b ^(\\d+)*$ [[:alpha:]] \\",
        "re:(",
        ".*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*=",
        "${jndi:ldap://example}{{7*7}}%s%n%x' OR 1=1; --",
        "\0\0\0how\0much\0",
        "Nvidia英伟达Нвидиа엔비디아エヌビディア輝達 invest 投資 多少?",
        "how much will N\u0335v\u0336i\u0337d\u0338i\u0334a invest?",
        "per per per per per per per",
        "每每每每每每每每",
        "？？？？？？？？",
        "!!!!!!!!!!!!!!!!",
        "...",
        .. Fragments,
        "1) 2) 3) 4) 5) 6) 7) 8) 9) 10)",
        string.Join("? ", Enumerable.Repeat("how much", 200)) + "?",
    ];

    private IEnumerable<string> Random()
    {
        while (true)
        {
            yield return _random.Next(9) switch
            {
                0 => Slice(DevQuestion()),
                1 => Concatenation(),
                2 => Corrupted(DevQuestion()),
                3 => Characters(_random.Next(0, 300)),
                4 => HugeNumber(),
                5 => Markup(DevQuestion()),
                6 => RegexLike(),
                7 => Written[_random.Next(Written.Count)] + Separators[_random.Next(Separators.Length)] + Slice(DevQuestion()),
                _ => MixedScripts(),
            };
        }
    }

    private string Slice(string text)
    {
        var start = Boundary(text, _random.Next(text.Length + 1));
        var end = Boundary(text, start + _random.Next(text.Length - start + 1));
        return text[start..end];
    }

    private string Concatenation()
    {
        var parts = Enumerable.Range(0, _random.Next(2, 5)).Select(_ => _random.Next(3) == 0 ? Slice(DevQuestion()) : DevQuestion());
        return string.Join(Separators[_random.Next(Separators.Length)], parts);
    }

    private string Corrupted(string text)
    {
        var sb = new StringBuilder(text);
        for (var i = _random.Next(1, 8); i > 0; i--)
        {
            var at = Boundary(sb.ToString(), _random.Next(sb.Length + 1));
            switch (_random.Next(4))
            {
                case 0:
                    sb.Insert(at, Characters(_random.Next(1, 4)));
                    break;
                case 1 when sb.Length > 0 && !char.IsSurrogate(sb[Math.Min(at, sb.Length - 1)]):
                    sb.Remove(Math.Min(at, sb.Length - 1), 1);
                    break;
                case 2 when sb.Length > 0 && !char.IsSurrogate(sb[Math.Min(at, sb.Length - 1)]):
                    sb[Math.Min(at, sb.Length - 1)] = Characters(1)[0] is var c && char.IsSurrogate(c) ? '\ufffd' : c;
                    break;
                default:
                    sb.Insert(at, HugeNumber());
                    break;
            }
        }

        return sb.ToString();
    }

    // A cut or an insertion between the two halves of a surrogate pair moves to just after the pair.
    private static int Boundary(string text, int at) =>
        at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) && char.IsHighSurrogate(text[at - 1]) ? at + 1 : at;

    private string Characters(int length)
    {
        var sb = new StringBuilder(length * 2);
        for (var i = 0; i < length; i++)
        {
            if (_random.Next(12) == 0)
            {
                sb.Append(char.ConvertFromUtf32(_random.Next(0x1f300, 0x1faff)));
                continue;
            }

            var (from, to) = Ranges[_random.Next(Ranges.Length)];
            sb.Append((char)_random.Next(from, to + 1));
        }

        return sb.ToString();
    }

    private string HugeNumber()
    {
        var number = _random.Next(4) switch
        {
            0 => string.Concat(Enumerable.Range(0, _random.Next(1, 80)).Select(_ => (char)('0' + _random.Next(10)))),
            1 => string.Concat(Enumerable.Range(0, _random.Next(1, 40)).Select(_ => ChineseNumerals[_random.Next(ChineseNumerals.Length)])),
            2 => string.Create(CultureInfo.InvariantCulture, $"{_random.Next(1, 10)}e{_random.Next(-400, 400)}"),
            _ => string.Join(",", Enumerable.Range(0, _random.Next(1, 20)).Select(_ => _random.Next(1000).ToString("000", CultureInfo.InvariantCulture))) + "." + new string('9', _random.Next(1, 40)),
        };
        var sign = _random.Next(5) == 0 ? "-" : _random.Next(5) == 0 ? "$" : string.Empty;
        return $"{sign}{number} {Units[_random.Next(Units.Length)]}";
    }

    private string Markup(string question)
    {
        var text = question;
        for (var depth = _random.Next(1, 200); depth > 0; depth--)
        {
            if (_random.Next(2) == 0)
            {
                var mark = Wrappers[_random.Next(Wrappers.Length)];
                text = mark + text + (_random.Next(4) == 0 ? string.Empty : mark);
            }
            else
            {
                var tag = Tags[_random.Next(Tags.Length)];
                text = $"<{tag}>{text}" + (_random.Next(4) == 0 ? string.Empty : $"</{tag.Split(' ')[0]}>");
            }
        }

        return text;
    }

    private string RegexLike() =>
        string.Concat(Enumerable.Range(0, _random.Next(1, 200)).Select(_ => _random.Next(4) == 0 ? (char)('a' + _random.Next(26)) : RegexSyntax[_random.Next(RegexSyntax.Length)]));

    private string MixedScripts()
    {
        var words = new[] { "Nvidia", "英伟达", "輝達", "OpenAI", "投资", "投資", "how much", "多少", "GW", "千兆瓦", "per", "每", "why", "为什么", "Нвидиа", "엔비디아", "エヌビディア", "🚀", "%", "$", "亿", "\u200b", "\u202e", "？", "?" };
        return string.Concat(Enumerable.Range(0, _random.Next(1, 30)).Select(_ => words[_random.Next(words.Length)] + (_random.Next(3) == 0 ? " " : string.Empty)));
    }

    private static List<string> DevQuestions() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Resources", "dev-questions.jsonl"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()!)];
}
