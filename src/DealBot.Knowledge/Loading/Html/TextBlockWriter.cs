using System.Text;
using AngleSharp.Dom;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// Turns the body into blocks of text in reading order: every block element (and every &lt;br&gt;) ends one, so a
/// caption or a byline set in its own element never runs into the paragraph beside it. Furniture, as judged from the
/// survey, is skipped whole. One walk, without recursion, so any depth of nesting costs only its length.
/// </summary>
internal sealed class TextBlockWriter
{
    private readonly PageSurvey _survey;
    private readonly List<TextBlock> _blocks = [];
    private readonly StringBuilder _text = new();
    private bool _pendingSpace;
    private int _visible;
    private int _linkChars;

    private TextBlockWriter(PageSurvey survey) => _survey = survey;

    public static IReadOnlyList<TextBlock> Write(PageSurvey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var writer = new TextBlockWriter(survey);
        writer.Walk();
        return writer._blocks;
    }

    private void Walk()
    {
        var pageProse = _survey.PageProse;
        var owners = new Stack<IElement>();
        owners.Push(_survey.Root);
        var links = 0;
        var pending = new Stack<(INode Node, bool Leaving)>();
        pending.Push((_survey.Root, false));
        while (pending.TryPop(out var item))
        {
            if (item.Leaving)
            {
                var left = (IElement)item.Node;
                links -= left.LocalName == "a" ? 1 : 0;
                if (BlockTags.Contains(left.LocalName) && left != _survey.Root)
                {
                    Flush(owners.Pop());
                }

                continue;
            }

            if (item.Node is IText text)
            {
                Append(text.Data, links > 0);
                continue;
            }

            if (item.Node is not IElement element || _survey[element] is not { } stats)
            {
                continue;
            }

            if (element != _survey.Root && ChromeJudge.IsChrome(element, stats, pageProse))
            {
                stats.Chrome = true;
                continue;
            }

            if (element.LocalName == "br")
            {
                Flush(owners.Peek());
                continue;
            }

            if (BlockTags.Contains(element.LocalName) && element != _survey.Root)
            {
                Flush(owners.Peek());
                owners.Push(element);
            }

            links += element.LocalName == "a" ? 1 : 0;
            pending.Push((element, true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                pending.Push((children[i], false));
            }
        }

        Flush(owners.Peek());
    }

    private void Append(string data, bool inLink)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _text.Length > 0;
                continue;
            }

            if (_pendingSpace)
            {
                _text.Append(' ');
                _pendingSpace = false;
            }

            _text.Append(c);
            _visible++;
            _linkChars += inLink ? 1 : 0;
        }
    }

    private void Flush(IElement owner)
    {
        if (_visible > 0)
        {
            _blocks.Add(new TextBlock(_text.ToString(), _visible, _linkChars, owner));
        }

        _text.Clear();
        _pendingSpace = false;
        _visible = 0;
        _linkChars = 0;
    }
}
