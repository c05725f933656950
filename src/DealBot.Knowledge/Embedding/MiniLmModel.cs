using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;

namespace DealBot.Knowledge.Embedding;

/// <summary>
/// One loaded all-MiniLM-L6-v2: its WordPiece tokenizer and an ONNX Runtime session over the model file,
/// with the sentence-transformers head (mean pooling over the tokens, then L2 normalisation) done here with SIMD.
/// The session is ours rather than the package's so that it loads from a file and its options are chosen here.
/// </summary>
internal sealed class MiniLmModel : IDisposable
{
    public const int Dimensions = 384;
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly InferenceSession _session;
    private readonly MiniLmTokenizer _tokenizer;

    // The package does not say its tokenizer may be used by several threads at once; tokenizing is a small part of a run.
    private readonly Lock _tokenizing = new();
    private readonly string[] _outputNames;

    // Runs in progress, plus one for the owner until it disposes. Freeing the native session under a run aborts the
    // whole process inside ONNX Runtime (a host stopping while its warm-up or an ingest still embeds did that), so the
    // session is freed by whichever lets go last: the owner's Dispose, or the last run to finish after it.
    private int _holders = 1;
    private int _disposed;

    public MiniLmModel(string modelFile, string vocabularyFile, SessionOptions options)
    {
        _tokenizer = MiniLmTokenizer.FromFile(vocabularyFile);
        _session = new InferenceSession(modelFile, options);
        // The first output is the last hidden state: one vector per token.
        var hidden = _session.OutputMetadata.FirstOrDefault();
        if (InputNames.Any(n => !_session.InputMetadata.ContainsKey(n)) || hidden.Value is null || hidden.Value.Dimensions[^1] != Dimensions)
        {
            _session.Dispose();
            throw new InvalidDataException($"{modelFile} is not a {Dimensions}-dimension BERT encoder with inputs {string.Join(", ", InputNames)}");
        }

        _outputNames = [hidden.Key];
    }

    /// <summary>The normalised embedding of one text.</summary>
    public float[] Embed(string text, CancellationToken cancellationToken)
    {
        var prepared = BertInputText.Prepare(text);
        long[] ids, mask;
        lock (_tokenizing)
        {
            (ids, _, mask) = _tokenizer.Encode(prepared)[0];
        }

        if (!TryHold())
        {
            throw new ObjectDisposedException(nameof(MiniLmModel), "The embedding model was closed while texts were still being embedded.");
        }

        try
        {
            return Run(ids, mask, cancellationToken);
        }
        finally
        {
            Release();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Release();
        }
    }

    private float[] Run(long[] ids, long[] mask, CancellationToken cancellationToken)
    {
        long[] shape = [1, ids.Length];
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var attentionMask = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var tokenTypes = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var runOptions = new RunOptions();
        using var cancel = cancellationToken.Register(() => runOptions.Terminate = true);
        try
        {
            using var outputs = _session.Run(runOptions, InputNames, [inputIds, attentionMask, tokenTypes], _outputNames);
            cancellationToken.ThrowIfCancellationRequested();
            return Pool(outputs[0].GetTensorDataAsSpan<float>(), ids.Length);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            // A terminated run fails with the runtime's own error; the caller asked to stop, so it hears that.
            throw new OperationCanceledException(cancellationToken);
        }
    }

    private bool TryHold()
    {
        var holders = Volatile.Read(ref _holders);
        while (holders > 0)
        {
            var seen = Interlocked.CompareExchange(ref _holders, holders + 1, holders);
            if (seen == holders)
            {
                return true;
            }

            holders = seen;
        }

        return false;
    }

    private void Release()
    {
        if (Interlocked.Decrement(ref _holders) == 0)
        {
            _session.Dispose();
        }
    }

    // The mean of the tokens' vectors at unit length, so cosine similarity is a dot product; the sum has the mean's
    // direction, so dividing by the count first would change nothing.
    private static float[] Pool(ReadOnlySpan<float> hidden, int tokens)
    {
        var vector = new float[Dimensions];
        for (var t = 0; t < tokens; t++)
        {
            TensorPrimitives.Add(vector, hidden.Slice(t * Dimensions, Dimensions), vector);
        }

        UnitLength.Normalize(vector);
        return vector;
    }
}
