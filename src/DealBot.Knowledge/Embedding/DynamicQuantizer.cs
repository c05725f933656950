using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace DealBot.Knowledge.Embedding;

/// <summary>
/// Rewrites an ONNX model so that every matrix multiplication by a constant weight runs in 8-bit integers: the weight
/// is stored as int8 with one scale per output column, and the activation is quantised as it arrives
/// (DynamicQuantizeLinear → MatMulInteger → Cast → Mul by both scales). ONNX Runtime fuses that pattern into one
/// integer kernel; on CPUs with VNNI a short question embeds about five times faster, and the weights take a quarter
/// of the memory. The vectors stay within a cosine of about 0.99 of the float model's.
/// </summary>
internal static class DynamicQuantizer
{
    private const float Int8Range = 127f;

    /// <summary>Writes the quantised form of <paramref name="sourceFile"/> to <paramref name="targetFile"/>; returns how many multiplications were rewritten.</summary>
    public static int Quantize(string sourceFile, string targetFile)
    {
        ModelProto model;
        using (var source = File.OpenRead(sourceFile))
        {
            model = ModelProto.Parser.ParseFrom(source);
        }

        // DynamicQuantizeLinear is an opset 11 operator.
        if (model.OpsetImport.Where(o => o.Domain.Length == 0).Select(o => o.Version).DefaultIfEmpty(0).Max() < 11)
        {
            throw new NotSupportedException($"{sourceFile} uses an ONNX opset older than 11");
        }

        var graph = model.Graph;
        var initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var nodes = new List<NodeProto>(graph.Node.Count * 2);
        var added = new List<TensorProto>();
        var rewritten = 0;
        foreach (var node in graph.Node)
        {
            if (node.OpType != "MatMul" || !initializers.TryGetValue(node.Input[1], out var weight) || !IsFloatMatrix(weight))
            {
                nodes.Add(node);
                continue;
            }

            var prefix = $"{node.Input[1]}_int8_{rewritten++}";
            var (values, scales) = QuantizeColumns(weight);
            added.Add(Tensor($"{prefix}_w", TensorProto.Types.DataType.Int8, values, weight.Dims[0], weight.Dims[1]));
            added.Add(Tensor($"{prefix}_w_scale", TensorProto.Types.DataType.Float, MemoryMarshal.AsBytes(scales.AsSpan()).ToArray(), scales.Length));
            added.Add(Tensor($"{prefix}_w_zero", TensorProto.Types.DataType.Int8, new byte[scales.Length], scales.Length));
            nodes.AddRange(IntegerMatMul(prefix, node.Input[0], node.Output[0]));
        }

        // A float weight goes only when nothing uses it any more (a weight may also feed another operator, or be an
        // output). Subgraphs (If, Loop) are not looked into: the encoders this is for have none.
        var used = nodes.SelectMany(n => n.Input).Concat(graph.Output.Select(o => o.Name)).ToHashSet(StringComparer.Ordinal);
        var kept = graph.Initializer.Where(t => used.Contains(t.Name)).Concat(added).ToList();
        var inputs = graph.Input.Where(i => !initializers.ContainsKey(i.Name) || used.Contains(i.Name)).ToList();
        graph.Node.Clear();
        graph.Node.AddRange(nodes);
        graph.Initializer.Clear();
        graph.Initializer.AddRange(kept);
        graph.Input.Clear();
        graph.Input.AddRange(inputs);
        using var target = File.Create(targetFile);
        model.WriteTo(target);
        return rewritten;
    }

    private static bool IsFloatMatrix(TensorProto tensor) =>
        tensor.Dims.Count == 2 && tensor.DataType == (int)TensorProto.Types.DataType.Float && tensor.DataLocation != TensorProto.Types.DataLocation.External;

    // Symmetric per column: the largest magnitude of a column maps to 127, so zero stays exactly zero.
    private static (byte[] Values, float[] Scales) QuantizeColumns(TensorProto weight)
    {
        var rows = (int)weight.Dims[0];
        var columns = (int)weight.Dims[1];
        var data = weight.FloatData.Count > 0 ? weight.FloatData.ToArray() : MemoryMarshal.Cast<byte, float>(weight.RawData.Span).ToArray();
        var scales = new float[columns];
        for (var c = 0; c < columns; c++)
        {
            var largest = 0f;
            for (var r = 0; r < rows; r++)
            {
                largest = Math.Max(largest, Math.Abs(data[(r * columns) + c]));
            }

            scales[c] = largest == 0 ? 1f : largest / Int8Range;
        }

        var values = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var quantized = (int)MathF.Round(data[(r * columns) + c] / scales[c]);
                values[(r * columns) + c] = unchecked((byte)(sbyte)Math.Clamp(quantized, -(int)Int8Range, (int)Int8Range));
            }
        }

        return (values, scales);
    }

    private static IEnumerable<NodeProto> IntegerMatMul(string prefix, string input, string output)
    {
        yield return Node("DynamicQuantizeLinear", [input], [$"{prefix}_a", $"{prefix}_a_scale", $"{prefix}_a_zero"]);
        yield return Node("MatMulInteger", [$"{prefix}_a", $"{prefix}_w", $"{prefix}_a_zero", $"{prefix}_w_zero"], [$"{prefix}_int"]);
        var cast = Node("Cast", [$"{prefix}_int"], [$"{prefix}_float"]);
        cast.Attribute.Add(new AttributeProto { Name = "to", Type = AttributeProto.Types.AttributeType.Int, I = (long)TensorProto.Types.DataType.Float });
        yield return cast;
        yield return Node("Mul", [$"{prefix}_a_scale", $"{prefix}_w_scale"], [$"{prefix}_scale"]);
        yield return Node("Mul", [$"{prefix}_float", $"{prefix}_scale"], [output]);
    }

    private static NodeProto Node(string operation, string[] inputs, string[] outputs)
    {
        var node = new NodeProto { OpType = operation, Name = outputs[0] };
        node.Input.AddRange(inputs);
        node.Output.AddRange(outputs);
        return node;
    }

    private static TensorProto Tensor(string name, TensorProto.Types.DataType type, byte[] raw, params long[] dims)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)type, RawData = ByteString.CopyFrom(raw) };
        tensor.Dims.AddRange(dims);
        return tensor;
    }
}
