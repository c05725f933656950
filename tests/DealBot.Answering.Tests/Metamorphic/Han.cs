namespace DealBot.Answering.Tests.Metamorphic;

/// <summary>Whether text holds Chinese characters (the CJK Unified Ideographs block and its extension A).</summary>
public static class Han
{
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    public static bool Contains(string text) => text.Any(IsHan);
}
