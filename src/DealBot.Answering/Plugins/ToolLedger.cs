namespace DealBot.Answering.Plugins;

/// <summary>
/// Records what the plugin calls of one answer returned: calculations (for the answer's calculations and the
/// verifier), passages and figures the model may cite, and a trace line per call. One ledger per answer, carried by
/// that answer's <see cref="ToolKernel.ForAnswer"/> kernel; the <see cref="ToolLedgerFilter"/> feeds it, whichever
/// path (the model's tool calls or the offline engine) invoked the plugin.
/// </summary>
internal sealed class ToolLedger
{
    private readonly Lock _gate = new();
    private readonly List<CalculationResult> _calculations = [];
    private readonly Dictionary<string, PassageHit> _passages = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FigureMatch> _figures = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _steps = [];

    public IReadOnlyList<CalculationResult> Calculations { get { lock (_gate) { return [.. _calculations]; } } }

    public IReadOnlyList<string> Steps { get { lock (_gate) { return [.. _steps]; } } }

    public void AddPassage(PassageHit hit)
    {
        lock (_gate)
        {
            _passages.TryAdd(hit.CiteId, hit);
        }
    }

    public PassageHit? Passage(string citeId)
    {
        lock (_gate)
        {
            return _passages.GetValueOrDefault(citeId);
        }
    }

    public FigureMatch? Figure(string reference)
    {
        lock (_gate)
        {
            return _figures.GetValueOrDefault(reference);
        }
    }

    public void AddStep(string step)
    {
        lock (_gate)
        {
            _steps.Add(step);
        }
    }

    public void Record(string name, string arguments, object? value)
    {
        lock (_gate)
        {
            switch (value)
            {
                case CalculationResult calculation:
                    _calculations.Add(calculation);
                    _steps.Add($"{name}({arguments}) = {calculation.Expression} = {calculation.Result} ({calculation.Display})");
                    return;
                case MilestoneStatus status:
                    if (status.DaysToStart is { } days)
                    {
                        _calculations.Add(days);
                    }

                    _steps.Add($"{name}({arguments}) -> {Show(status.Milestone)}: {status.Relation}{(status.DaysToStart is { } ahead ? $", {ahead.Display} to its start" : string.Empty)}");
                    return;
                case IEnumerable<TimelineEntry> entries:
                    _steps.Add($"{name}({arguments}) -> {Listed(entries.Select(Show))}");
                    return;
                case DateRange range:
                    _steps.Add($"{name}({arguments}) -> {IsoDate.Format(range.From)}..{IsoDate.Format(range.To)}");
                    return;
                case IEnumerable<PassageHit> hits:
                    var list = hits.ToList();
                    list.ForEach(h => _passages.TryAdd(h.CiteId, h));
                    _steps.Add($"{name}({arguments}) -> {string.Join(", ", list.Select(h => h.CiteId))}");
                    return;
                case IEnumerable<FigureMatch> figures:
                    var found = figures.ToList();
                    found.ForEach(f => _figures.TryAdd(f.Reference, f));
                    _steps.Add($"{name}({arguments}) -> {Listed(found.Select(Show))}");
                    return;
                case FigureMatch figure:
                    _figures.TryAdd(figure.Reference, figure);
                    _steps.Add($"{name}({arguments}) -> {Show(figure)}");
                    return;
                case IEnumerable<ViewMatch> views:
                    _steps.Add($"{name}({arguments}) -> {Listed(views.Select(v => v.Id))}");
                    return;
                case null:
                    _steps.Add($"{name}({arguments}) -> none");
                    return;
                default:
                    _steps.Add($"{name}({arguments})");
                    return;
            }
        }
    }

    // A lookup's line names what it found and what that says, so a trace shows the figure or date an answer rests on.
    private static string Show(FigureMatch figure) => $"{figure.Reference} ({figure.Display})";

    private static string Show(TimelineEntry entry) => $"{entry.Id} ({entry.Period})";

    private static string Listed(IEnumerable<string> items) => string.Join(", ", items) is { Length: > 0 } list ? list : "none";
}
