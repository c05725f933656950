namespace DealBot.Answering.Plugins;

/// <summary>
/// A calculation that cannot be done with the arguments given (division by zero, an unknown unit, a negative count).
/// The message is written for the model (it sees it as a tool error) and for the offline path's report.
/// </summary>
public sealed class CalculationException : Exception
{
    public CalculationException()
    {
    }

    public CalculationException(string message)
        : base(message)
    {
    }

    public CalculationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
