namespace DealBot.Answering.Plugins;

/// <summary>The plugins the answerers use, and the names they have in the <see cref="ToolKernel"/> (the model sees Plugin_Function).</summary>
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
}
