namespace DealBot.Knowledge.Tests.Loading.Pages;

/// <summary>
/// A Chinese news portal page: top bar, search box and breadcrumb, the headline and an info line (time, 来源, 分享到),
/// paragraphs indented with ideographic spaces, a picture note, 责任编辑, then 相关阅读, 热门推荐, 扫码关注 and a
/// 24小时热榜 column, and the footer with the licence number. No og, no JSON-LD, no date meta tag.
/// </summary>
public sealed class ChinesePortalPageExtractionTests
{
    private static readonly SavedPage Page = SavedPage.Load("cn-portal.html");

    [Theory]
    [InlineData("华讯网旧金山10月9日电（记者 王明）英伟达与OpenAI当地时间9日表示，双方合作意向书下的首个千兆瓦英伟达系统将部署在美国得克萨斯州的一处数据中心园区。")]
    [InlineData("两家公司表示，第一阶段仍计划于2026年下半年在英伟达Vera Rubin平台上投入运行，这与双方9月22日签署合作意向书时公布的时间表一致。")]
    [InlineData("根据意向书，英伟达计划随着每一个千兆瓦的部署，逐步向OpenAI投资最高1000亿美元，双方至少将部署10千兆瓦的英伟达系统。")]
    [InlineData("分析人士指出，电力供应的进度比选址本身更为关键，园区的电网接入审批可能需要数年时间。")]
    public void Passages_StorySentence_IsKept(string sentence) => Page.AssertKept(sentence);

    [Theory]
    [InlineData("华讯网首页")]
    [InlineData("客户端下载")]
    [InlineData("请输入关键词")]
    [InlineData("正文")]
    [InlineData("2025年10月09日 14:32")]
    [InlineData("来源：华讯网")]
    [InlineData("分享到")]
    [InlineData("图为得克萨斯州")]
    [InlineData("资料图")]
    [InlineData("责任编辑")]
    [InlineData("相关阅读")]
    [InlineData("甲骨文股价单日上涨约6%")]
    [InlineData("热门推荐")]
    [InlineData("国庆假期旅游消费数据出炉")]
    [InlineData("扫码关注")]
    [InlineData("24小时热榜")]
    [InlineData("秋季养生小常识")]
    [InlineData("关于我们")]
    [InlineData("京ICP备")]
    public void Passages_SiteFurniture_IsLeftOut(string text) => Page.AssertLeftOut(text);

    [Fact]
    public void Title_IsTheHeadline() => Assert.Equal("英伟达与OpenAI首个千兆瓦项目选址得州", Page.Document.Title);

    [Fact]
    public void Published_IsTheDateInTheInfoLine() => Assert.Equal(new DateOnly(2025, 10, 9), Page.Document.Published);

    [Fact]
    public void Language_IsChinese() => Assert.Equal("zh", Page.Document.Language);
}
