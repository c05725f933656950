using System.Globalization;
using System.Text;

namespace DealBot.Benchmarks;

/// <summary>
/// Writes synthetic articles shaped like those of knowledge/: YAML front matter (id, title, language, published,
/// source), English and Chinese in turn, four to seven paragraphs of two or three sentences, some under a section
/// heading, with amounts, capacities, shares and dates in them. The same seed always writes the same bytes, so sizes
/// measured on two branches compare like with like.
/// </summary>
internal sealed class SyntheticArticles(int seed)
{
    private static readonly string[] Companies = ["Nvidia", "OpenAI", "Microsoft", "Oracle", "AMD", "Broadcom", "SoftBank", "CoreWeave", "TSMC", "Google"];
    private static readonly string[] CompaniesZh = ["英伟达", "OpenAI", "微软", "甲骨文", "AMD", "博通", "软银", "CoreWeave", "台积电", "谷歌"];
    private static readonly string[] Places = ["Texas", "Ohio", "New Mexico", "Wisconsin", "Norway", "the United Arab Emirates", "Abilene", "Michigan"];
    private static readonly string[] PlacesZh = ["得克萨斯州", "俄亥俄州", "新墨西哥州", "威斯康星州", "挪威", "阿联酋", "阿比林", "密歇根州"];
    private static readonly string[] Topics = ["data centre build-out", "chip supply", "power contracts", "financing", "antitrust review", "cloud capacity", "market reaction", "deployment schedule"];
    private static readonly string[] TopicsZh = ["数据中心建设", "芯片供应", "电力合同", "融资安排", "反垄断审查", "云计算容量", "市场反应", "部署进度"];

    private static readonly string[] EnglishSentences =
    [
        "{0} said on {1} that it plans to spend up to US${2} billion on {3} over the next {4} years.",
        "Analysts at several banks estimated that the {3} would need about {5} gigawatts of capacity in {6}, roughly {7}% more than a year earlier.",
        "According to people familiar with the talks, {0} and {8} discussed a first tranche of US${2} billion, to be paid once {5} gigawatts are running.",
        "The site in {6} is expected to draw {5} GW at full load, as much electricity as about {9} million homes.",
        "Shares of {0} rose {7}% on {1}, adding about US${10} billion to its market value in a single session.",
        "{8} told investors that {3} would account for {7}% of its spending in fiscal {11}, up from a smaller share the year before.",
        "Regulators in {6} opened an inquiry into the {3} on {1}, asking {0} for documents within {4} weeks.",
        "The agreement does not bind either side: {0} may end it if the first {5} gigawatts are not deployed by the second half of {11}.",
    ];

    private static readonly string[] ChineseSentences =
    [
        "{0}于{1}表示，计划在未来{4}年内在{3}方面投入最高{2}亿美元。",
        "多家银行的分析师估计，{6}的{3}需要约{5}吉瓦的容量，比一年前高出约{7}%。",
        "据知情人士透露，{0}与{8}讨论了首期{2}亿美元的安排，将在{5}吉瓦投入运行后支付。",
        "位于{6}的园区满负荷运行时预计耗电{5}吉瓦，相当于约{9}百万户家庭的用电量。",
        "{0}股价在{1}上涨{7}%，单日市值增加约{10}亿美元。",
        "{8}告诉投资者，{3}将占其{11}财年支出的{7}%，高于前一年的比例。",
        "{6}的监管机构于{1}就{3}展开调查，要求{0}在{4}周内提交文件。",
        "该协议对双方均无约束力：如果首批{5}吉瓦未能在{11}年下半年前部署，{0}可以终止协议。",
    ];

    /// <summary>Writes articles 1 to <paramref name="count"/> into <paramref name="directory"/>; returns their file names.</summary>
    public IReadOnlyList<string> WriteAll(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        var names = new List<string>(count);
        for (var i = 1; i <= count; i++)
        {
            var (name, text) = Article(i, revision: 0);
            File.WriteAllText(Path.Combine(directory, name), text, new UTF8Encoding(false));
            names.Add(name);
        }

        return names;
    }

    /// <summary>Rewrites article <paramref name="number"/> as an edit would: the same article, one paragraph more.</summary>
    public void Revise(string directory, int number, int revision)
    {
        var (name, text) = Article(number, revision);
        File.WriteAllText(Path.Combine(directory, name), text, new UTF8Encoding(false));
    }

    /// <summary>The file name and content of article <paramref name="number"/> at <paramref name="revision"/> (0: as first written).</summary>
    public (string Name, string Text) Article(int number, int revision)
    {
        // One generator per article, seeded from the corpus seed and the article number: any article can be written
        // again alone, identical, whatever else was generated before it.
        var random = new Random(unchecked((seed * 1_000_003) + number) & int.MaxValue);
        var chinese = number % 2 == 0;
        var id = $"synthetic-{number:D5}-{(chinese ? "zh" : "en")}";
        var published = new DateOnly(2025, 9, 1).AddDays(random.Next(0, 400));
        var topic = random.Next(Topics.Length);
        var company = random.Next(Companies.Length);
        var title = chinese
            ? $"{CompaniesZh[company]}的{TopicsZh[topic]}：第{number}篇报道"
            : $"{Companies[company]} and the {Topics[topic]}: report {number}";
        var text = new StringBuilder()
            .Append("---\n")
            .Append("id: ").Append(id).Append('\n')
            .Append("title: \"").Append(title).Append("\"\n")
            .Append("language: ").Append(chinese ? "zh" : "en").Append('\n')
            .Append("published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("source: \"").Append(chinese ? "DealBot合成的测试文章" : "DealBot synthetic test article").Append("\"\n")
            .Append("---\n\n");

        var paragraphs = random.Next(4, 8) + revision;
        for (var p = 0; p < paragraphs; p++)
        {
            if (p == paragraphs / 2 && random.Next(3) == 0)
            {
                text.Append(chinese ? TopicsZh[random.Next(TopicsZh.Length)] : Heading(Topics[random.Next(Topics.Length)])).Append("\n\n");
            }

            var sentences = random.Next(2, 4);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0 && !chinese)
                {
                    text.Append(' ');
                }

                text.Append(Sentence(random, chinese, published));
            }

            text.Append("\n\n");
        }

        return ($"{id}.md", text.ToString());
    }

    private static string Heading(string topic) => char.ToUpperInvariant(topic[0]) + topic[1..];

    private static string Sentence(Random random, bool chinese, DateOnly published)
    {
        var template = chinese ? ChineseSentences[random.Next(ChineseSentences.Length)] : EnglishSentences[random.Next(EnglishSentences.Length)];
        var day = published.AddDays(-random.Next(0, 30));
        var amount = random.Next(1, 400) / (random.Next(2) == 0 ? 1m : 10m) + 1m;
        var gigawatts = random.Next(1, 100) / 10m + 0.5m;
        var args = new object[]
        {
            chinese ? CompaniesZh[random.Next(CompaniesZh.Length)] : Companies[random.Next(Companies.Length)],
            chinese ? day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            chinese ? (amount * 10m).ToString("0.#", CultureInfo.InvariantCulture) : amount.ToString("0.#", CultureInfo.InvariantCulture),
            chinese ? TopicsZh[random.Next(TopicsZh.Length)] : Topics[random.Next(Topics.Length)],
            random.Next(2, 9),
            gigawatts.ToString("0.#", CultureInfo.InvariantCulture),
            chinese ? PlacesZh[random.Next(PlacesZh.Length)] : Places[random.Next(Places.Length)],
            random.Next(2, 40),
            chinese ? CompaniesZh[random.Next(CompaniesZh.Length)] : Companies[random.Next(Companies.Length)],
            random.Next(1, 12),
            random.Next(5, 300),
            published.Year + random.Next(0, 3),
        };
        return string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
