namespace DealBot.Answering.Tests.Metamorphic;

/// <summary>
/// FNV-1a over a text's UTF-16 code units: a choice keyed on it varies from question to question yet is the same on
/// every run and machine (string.GetHashCode is randomised per process).
/// </summary>
public static class StableHash
{
    public static uint Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    /// <summary>An index into a list of <paramref name="count"/> items, chosen by <paramref name="text"/>.</summary>
    public static int Pick(string text, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return (int)(Of(text) % (uint)count);
    }
}
