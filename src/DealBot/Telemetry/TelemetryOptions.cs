namespace DealBot.Telemetry;

/// <summary>
/// Telemetry of the running bot (<c>run</c>); bound from the <c>Telemetry</c> section. OTLP export is configured by the
/// standard <c>OTEL_*</c> environment variables and is on when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Traces and metrics at all; off, the bot registers no OpenTelemetry.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Serve <c>/metrics</c> for Prometheus on the health port (when <c>Health:Port</c> is set).</summary>
    public bool Prometheus { get; set; } = true;
}
