namespace DealBot.Health;

/// <summary>
/// The <c>health</c> CLI verb's work: asks the running bot's readiness endpoint on this machine and turns the answer
/// into an exit code, so the container's HEALTHCHECK needs no curl.
/// </summary>
public static class HealthProbe
{
    /// <summary>The port probed when <c>Health:Port</c> is not set.</summary>
    public const int DefaultPort = 8080;

    /// <summary>0 when <c>http://127.0.0.1:{port}/health/ready</c> answers 2xx in time; 1 otherwise.</summary>
    public static async Task<int> RunAsync(int port, TimeSpan timeout, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        var target = new Uri($"http://127.0.0.1:{(port > 0 ? port : DefaultPort)}{HealthResponses.ReadyPath}");
        using var http = new HttpClient { Timeout = timeout };
        try
        {
            using var response = await http.GetAsync(target, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            await error.WriteLineAsync($"not ready ({(int)response.StatusCode}): {body}").ConfigureAwait(false);
            return 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"health endpoint {target} did not answer: {ex.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
