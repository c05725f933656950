using Google.Protobuf;
using DealBot.Knowledge.Embedding;
using DealBot.Knowledge.Tests.Support;
using Microsoft.ML.OnnxRuntime;
using Onnx;

namespace DealBot.Knowledge.Tests.Embedding;

/// <summary>The quantiser on a model small enough to build here: y = x · w, with w a constant 4×3 matrix.</summary>
public sealed class DynamicQuantizerTests : IDisposable
{
    private static readonly float[] Weights = [0.5f, -1.25f, 2f, 0.1f, 0.75f, -0.3f, -2.5f, 1f, 0.05f, 1.5f, -0.6f, 0.9f];
    private static readonly float[] Input = [1f, -2f, 0.5f, 3f, -1.5f, 0.25f, 2f, -0.75f];
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Quantize_ConstantMatMul_GivesNearlyTheSameProduct()
    {
        var (original, quantized) = Files(MatMulModel(opset: 13, alsoOutputWeights: false));

        var count = DynamicQuantizer.Quantize(original, quantized);

        Assert.Equal(1, count);
        var expected = Run(original);
        var actual = Run(quantized);
        var scale = expected.Max(Math.Abs);
        Assert.All(expected.Zip(actual), p => Assert.InRange(Math.Abs(p.First - p.Second), 0, 0.02 * scale));
    }

    [Fact]
    public void Quantize_ConstantMatMul_RunsInIntegersAndDropsTheFloatWeight()
    {
        var (original, quantized) = Files(MatMulModel(opset: 13, alsoOutputWeights: false));

        DynamicQuantizer.Quantize(original, quantized);

        var graph = Load(quantized).Graph;
        Assert.DoesNotContain(graph.Node, n => n.OpType == "MatMul");
        Assert.Contains(graph.Node, n => n.OpType == "MatMulInteger");
        Assert.DoesNotContain(graph.Initializer, t => t.Name == "w");
    }

    [Fact]
    public void Quantize_WeightAlsoUsedElsewhere_KeepsTheFloatWeight()
    {
        var (original, quantized) = Files(MatMulModel(opset: 13, alsoOutputWeights: true));

        DynamicQuantizer.Quantize(original, quantized);

        Assert.Contains(Load(quantized).Graph.Initializer, t => t.Name == "w");
        Assert.Equal(Weights, Run(quantized, "w_copy"));
    }

    [Fact]
    public void Quantize_OpsetOlderThan11_IsRefused()
    {
        var (original, quantized) = Files(MatMulModel(opset: 10, alsoOutputWeights: false));

        Assert.Throws<NotSupportedException>(() => DynamicQuantizer.Quantize(original, quantized));
    }

    private (string Original, string Quantized) Files(ModelProto model)
    {
        var original = _directory.Combine("model.onnx");
        using (var file = File.Create(original))
        {
            model.WriteTo(file);
        }

        return (original, _directory.Combine("model-int8.onnx"));
    }

    private static ModelProto Load(string file)
    {
        using var stream = File.OpenRead(file);
        return ModelProto.Parser.ParseFrom(stream);
    }

    private static float[] Run(string modelFile, string output = "y")
    {
        using var session = new InferenceSession(modelFile);
        using var x = OrtValue.CreateTensorValueFromMemory(Input.ToArray(), [2, 4]);
        using var runOptions = new RunOptions();
        using var results = session.Run(runOptions, ["x"], [x], [output]);
        return results[0].GetTensorDataAsSpan<float>().ToArray();
    }

    private static ModelProto MatMulModel(long opset, bool alsoOutputWeights)
    {
        var graph = new GraphProto { Name = "matmul" };
        graph.Input.Add(Value("x", 2, 4));
        graph.Output.Add(Value("y", 2, 3));
        var weights = new TensorProto { Name = "w", DataType = (int)TensorProto.Types.DataType.Float };
        weights.Dims.AddRange([4L, 3L]);
        weights.FloatData.AddRange(Weights);
        graph.Initializer.Add(weights);
        graph.Node.Add(Node("MatMul", ["x", "w"], "y"));
        if (alsoOutputWeights)
        {
            graph.Node.Add(Node("Identity", ["w"], "w_copy"));
            graph.Output.Add(Value("w_copy", 4, 3));
        }

        var model = new ModelProto { IrVersion = 7, Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = opset });
        return model;
    }

    private static NodeProto Node(string operation, string[] inputs, string output)
    {
        var node = new NodeProto { OpType = operation, Name = output };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        return node;
    }

    private static ValueInfoProto Value(string name, params long[] dims)
    {
        var shape = new TensorShapeProto();
        shape.Dim.AddRange(dims.Select(d => new TensorShapeProto.Types.Dimension { DimValue = d }));
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } },
        };
    }
}
