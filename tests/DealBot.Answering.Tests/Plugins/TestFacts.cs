using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Tests.Plugins;

/// <summary>A small fact sheet shaped like knowledge/facts.yaml, so plugin tests do not move when moderators edit it.</summary>
internal static class TestFacts
{
    private static readonly DateOnly AsOf = new(2025, 9, 23);

    public static FactSheet Sheet { get; } = new(
        [
            Figure("nvidia-investment-total", "Nvidia's planned investment in OpenAI", "英伟达计划对OpenAI的投资", ["deal size", "投资总额"], FigureKind.Money, 100e9m, "USD", Qualifier.UpTo,
                ("deal-structure-en", "Nvidia plans to invest up to US$100 billion in OpenAI"), ("deal-structure-zh", "英伟达计划向OpenAI投资最高1000亿美元")),
            Figure("planned-capacity-total", "Nvidia systems to be deployed for OpenAI", "为OpenAI部署的英伟达系统规模", ["gigawatts", "千兆瓦", "吉瓦"], FigureKind.Power, 10e9m, "W", Qualifier.AtLeast,
                ("deal-structure-en", "at least 10 gigawatts (GW) of Nvidia systems"), ("deal-structure-zh", "英伟达将为OpenAI部署至少10千兆瓦（吉瓦）的系统")),
            Figure("households-equivalent", "US households using as much electricity as the planned 10 GW", "与10千兆瓦用电量相当的美国家庭数", ["households", "家庭"], FigureKind.Count, 8e6m, "count", Qualifier.MoreThan,
                ("deal-structure-en", "as much electricity as more than 8 million US households"), ("deal-structure-zh", "耗电量与800多万户美国家庭的用电量相当")),
            Figure("first-investment", "Nvidia's first investment once a definitive agreement is signed", "签署最终协议后英伟达的首笔投资", ["first tranche", "首笔投资"], FigureKind.Money, 10e9m, "USD", Qualifier.Exact,
                ("deal-structure-en", "Nvidia will make a first investment of US$10 billion in OpenAI"), ("deal-structure-zh", "英伟达则向OpenAI投入首笔100亿美元")),
            Figure("openai-valuation", "OpenAI valuation used for Nvidia's first investment", "英伟达首笔投资所依据的OpenAI估值", ["valuation", "估值"], FigureKind.Money, 500e9m, "USD", Qualifier.Exact,
                ("deal-structure-en", "is based on OpenAI's latest valuation of US$500 billion"), ("deal-structure-zh", "依据的是OpenAI最新的5000亿美元估值")),
        ],
        [
            Event("letter-of-intent-announced", "2025-09-22", new(2025, 9, 22), new(2025, 9, 22), "Nvidia and OpenAI announce a letter of intent", "英伟达与OpenAI宣布签署合作意向书", planned: false),
            Event("microsoft-invests-since-2019", "2019", new(2019, 1, 1), new(2019, 12, 31), "Microsoft starts investing in OpenAI", "微软开始投资OpenAI", planned: false),
            Event("first-gigawatt-online", "2026-H2", new(2026, 7, 1), new(2026, 12, 31), "First phase online: 1 GW on Nvidia's Vera Rubin platform", "第一阶段上线：在英伟达Vera Rubin平台上提供1千兆瓦", planned: true),
            Event("definitive-agreement-first-investment", "once a definitive agreement is signed", null, null, "OpenAI formally purchases Nvidia systems; Nvidia invests the first US$10 billion", "OpenAI正式采购英伟达系统；英伟达投入首笔100亿美元", planned: true),
            Event("first-deliveries-complete", "2026-12", new(2026, 12, 1), new(2026, 12, 31), "First deliveries of Nvidia hardware to OpenAI expected to be complete by the end of 2026", "英伟达硬件对OpenAI的首批交付预计在2026年底前完成", planned: true),
        ],
        [
            View("altman-compute", "Sam Altman", "萨姆·奥尔特曼", "chief executive of OpenAI", "OpenAI首席执行官", "supportive", ["compute", "economy"], "Everything starts with compute.", "一切都从算力开始。"),
            View("rasgon-circularity", "Stacy Rasgon", "Stacy Rasgon", "analyst at Bernstein", "伯恩斯坦分析师", "mixed", ["circularity", "compute"], "It will heighten the \"circularity\" concerns.", "会加剧此前已有的“循环”担忧。"),
            View("barlow-antitrust", "Andre Barlow", "安德烈·巴洛", "antitrust lawyer at Doyle, Barlow & Mazard", "Doyle, Barlow & Mazard律师事务所反垄断律师", "critical", ["antitrust", "monopoly", "competition"], "The deal may strengthen both firms in ways that limit rivals.", "这笔交易可能以限制竞争对手的方式增强两家公司。"),
        ],
        [
            new("nvidia", "company", ["Nvidia", "NVIDIA"], ["英伟达"]),
            new("bernstein", "company", ["Bernstein"], ["伯恩斯坦"]),
            new("stacy-rasgon", "person", ["Stacy Rasgon", "Rasgon"], ["Stacy Rasgon", "拉斯贡"]),
            new("andre-barlow", "person", ["Andre Barlow", "Barlow"], ["安德烈·巴洛", "巴洛"]),
            new("antitrust", "concept", ["antitrust", "competition law"], ["反垄断"]),
            new("valuation", "concept", ["valuation"], ["估值"]),
            new("gigawatt", "unit", ["gigawatt", "gigawatts", "GW"], ["千兆瓦", "吉瓦", "GW"]),
            new("first-phase", "concept", ["first phase", "phase one"], ["第一阶段", "首期"]),
            new("vera-rubin", "product", ["Vera Rubin"], ["Vera Rubin", "维拉·鲁宾"]),
        ]);

    public static StubCatalog Catalog() => new(Sheet);

    private static FactFigure Figure(string id, string en, string zh, string[] aliases, FigureKind kind, decimal value, string unit, Qualifier qualifier, params (string Article, string Quote)[] sources) =>
        new(id, new LocalizedText(en, zh), aliases, kind, value, unit, qualifier, AsOf, [.. sources.Select(s => new FactSource(s.Article, s.Quote))]);

    private static TimelineEvent Event(string id, string when, DateOnly? from, DateOnly? to, string en, string zh, bool planned) =>
        new(id, when, from, to, new LocalizedText(en, zh), planned, AsOf, [new FactSource("timeline-deployment-en", en)]);

    private static AttributedView View(string id, string en, string zh, string affEn, string affZh, string stance, string[] topics, string saidEn, string saidZh) =>
        new(id, new LocalizedText(en, zh), new LocalizedText(affEn, affZh), stance, topics, new LocalizedText(saidEn, saidZh),
            [new FactSource("analysts-antitrust-en", saidEn), new FactSource("analysts-antitrust-zh", saidZh)]);
}
