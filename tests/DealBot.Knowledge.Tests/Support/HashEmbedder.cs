using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using DealBot.Knowledge.Embedding;

namespace DealBot.Knowledge.Tests.Support;

/// <summary>
/// A fast, deterministic <see cref="ITextEmbedder"/>: 384 dimensions drawn from a hash of the text, normalised. It
/// records every text it embeds, so tests can count what a refresh embedded; it can also be held inside a call, so a
/// test can act while a refresh is in the middle of embedding.
/// </summary>
internal sealed class HashEmbedder : ITextEmbedder
{
    private readonly ConcurrentQueue<string> _texts = new();
    private TaskCompletionSource? _hold;
    private Func<IReadOnlyList<string>, bool> _holds = _ => true;
    private TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string ModelId => "test-hash-384";

    public int Dimensions => 384;

    /// <summary>Every text embedded so far, in order.</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    public int Count => _texts.Count;

    /// <summary>
    /// From now on, calls (those <paramref name="which"/> selects, all by default) wait until <see cref="Release"/>;
    /// <see cref="Entered"/> completes when one is waiting.
    /// </summary>
    public void Hold(Func<IReadOnlyList<string>, bool>? which = null)
    {
        _holds = which ?? (_ => true);
        _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public Task Entered => _entered.Task;

    public void Release() => Interlocked.Exchange(ref _hold, null)?.TrySetResult();

    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (_hold is { } hold && _holds(texts))
        {
            _entered.TrySetResult();
            await hold.Task.WaitAsync(cancellationToken);
        }

        foreach (var text in texts)
        {
            _texts.Enqueue(text);
        }

        return [.. texts.Select(Vector)];
    }

    public static float[] Vector(string text)
    {
        var vector = new float[384];
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        var random = new Random(BitConverter.ToInt32(seed, 0));
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)(random.NextDouble() - 0.5);
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= norm;
        }

        return vector;
    }
}
