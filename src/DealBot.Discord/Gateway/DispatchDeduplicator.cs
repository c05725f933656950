namespace DealBot.Discord.Gateway;

/// <summary>
/// Remembers the last <c>capacity</c> (event name, id) pairs, so a dispatch replayed after a resume (or sent
/// twice by Discord) is surfaced once. Oldest entries are forgotten first. Used by the single reader only.
/// </summary>
internal sealed class DispatchDeduplicator(int capacity)
{
    private readonly HashSet<(string Name, ulong Id)> _seen = [];
    private readonly Queue<(string Name, ulong Id)> _order = new();

    /// <summary>Whether the pair was registered (and is still remembered).</summary>
    public bool Seen(string name, ulong id) => _seen.Contains((name, id));

    /// <summary>Returns <see langword="true"/> the first time a pair is seen.</summary>
    public bool TryRegister(string name, ulong id)
    {
        var key = (name, id);
        if (!_seen.Add(key))
        {
            return false;
        }

        _order.Enqueue(key);
        if (_order.Count > capacity)
        {
            _seen.Remove(_order.Dequeue());
        }

        return true;
    }
}
