namespace DealBot.Knowledge.Loading.Html;

/// <summary>What the survey of a page learned about one element, and what extraction decided about it.</summary>
internal sealed class ElementStats
{
    /// <summary>Position of the element in document order.</summary>
    public int Order { get; init; }

    /// <summary>Position of the last element inside it, so "inside" is two comparisons.</summary>
    public int LastInside { get; set; }

    public ElementHints Hints { get; init; }

    /// <summary>Visible characters inside (whitespace not counted).</summary>
    public int Text { get; set; }

    /// <summary>Of <see cref="Text"/>, the characters inside links.</summary>
    public int LinkText { get; set; }

    /// <summary>How much paragraph text this element holds, near enough to be its container.</summary>
    public double Score { get; set; }

    /// <summary>True when a child element starts a block of its own (or a line: &lt;br&gt;): the element is a container,
    /// not a paragraph.</summary>
    public bool HoldsBlocks { get; set; }

    /// <summary>Set when extraction judged the element site furniture and left it out.</summary>
    public bool Chrome { get; set; }

    public int Prose => Text - LinkText;

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;

    public bool Contains(ElementStats other) => other.Order >= Order && other.Order <= LastInside;
}
