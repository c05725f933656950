using DealBot.Knowledge.Loading;

namespace DealBot.Knowledge.Tests.Loading.Pages;

/// <summary>Older page shapes still common on portals: paragraphs split by &lt;br&gt; in one div, layout tables.</summary>
public sealed class LegacyMarkupExtractionTests
{
    private const string First = "　　英伟达与OpenAI表示，双方合作意向书下的首个千兆瓦英伟达系统将部署在美国得克萨斯州的一处数据中心园区。";
    private const string Second = "　　根据意向书，英伟达计划随着每一个千兆瓦的部署，逐步向OpenAI投资最高1000亿美元，双方至少将部署10千兆瓦的英伟达系统。";

    private readonly HtmlLoader _loader = new();

    [Fact]
    public void Load_ParagraphsSeparatedByLineBreaksInOneDiv_AreParagraphs()
    {
        var html = $"<html><body><div class='nav'><a href='/'>首页</a> <a href='/tech'>科技</a></div><div id='zoom'>{First}<br><br>{Second}<br></div><div class='bottom'>版权所有 © 2025 华讯网</div></body></html>";

        var document = _loader.Load("br.html", html);

        Assert.Equal($"{First.Trim('\u3000')}\n\n{Second.Trim('\u3000')}", document.Body);
    }

    [Fact]
    public void Load_StoryInALayoutTable_IsTheCellWithTheProse()
    {
        var html = "<html><body><table><tr><td class='left-menu'><a href='/1'>新闻中心</a><br><a href='/2'>通知公告</a><br><a href='/3'>联系我们</a></td>"
            + $"<td><p>{First}</p><p>{Second}</p></td></tr><tr><td colspan='2'>主办单位：某某网 地址：北京市 电话：010-00000000</td></tr></table></body></html>";

        var document = _loader.Load("table.html", html);

        Assert.Equal($"{First.Trim('\u3000')}\n\n{Second.Trim('\u3000')}", document.Body);
    }
}
