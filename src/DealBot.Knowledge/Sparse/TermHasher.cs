namespace DealBot.Knowledge.Sparse;

/// <summary>Maps a term to a stable 32-bit id (FNV-1a over UTF-16), the index space of sparse vectors in every store.</summary>
internal static class TermHasher
{
    public static uint Hash(string term)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash = (hash ^ (uint)(c & 0xff)) * 16777619u;
            hash = (hash ^ (uint)(c >> 8)) * 16777619u;
        }

        return hash;
    }
}
