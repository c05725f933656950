using Microsoft.SemanticKernel;

namespace DealBot.Answering.Plugins;

/// <summary>The plugins the answerers use, and the Semantic Kernel names the model sees them under.</summary>
public sealed class AnsweringPlugins(
    CalculatorPlugin calculator,
    TimelinePlugin timeline,
    FiguresPlugin figures,
    ViewsPlugin views,
    KnowledgeSearchPlugin knowledge)
{
    public const string CalculatorName = "Calculator";
    public const string TimelineName = "Timeline";
    public const string FiguresName = "Figures";
    public const string ViewsName = "Views";
    public const string KnowledgeName = "Knowledge";

    public CalculatorPlugin Calculator { get; } = calculator;

    public TimelinePlugin Timeline { get; } = timeline;

    public FiguresPlugin Figures { get; } = figures;

    public ViewsPlugin Views { get; } = views;

    public KnowledgeSearchPlugin Knowledge { get; } = knowledge;

    /// <summary>Imports every plugin into <paramref name="kernel"/> under its name.</summary>
    public Kernel ImportInto(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        kernel.Plugins.AddFromObject(Calculator, CalculatorName);
        kernel.Plugins.AddFromObject(Timeline, TimelineName);
        kernel.Plugins.AddFromObject(Figures, FiguresName);
        kernel.Plugins.AddFromObject(Views, ViewsName);
        kernel.Plugins.AddFromObject(Knowledge, KnowledgeName);
        return kernel;
    }
}
