using System.Net;
using System.Net.Http.Json;
using DealBot.Discord.Json;

namespace DealBot.Discord.Rest;

/// <summary>Reads failed answers: which statuses are worth a retry, and the exception for the others.</summary>
internal static class RestErrors
{
    public static bool IsTransient(HttpStatusCode status)
        => status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    public static async Task<DiscordRestException> CreateExceptionAsync(
        RestRoute route, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        DiscordErrorBody? error = null;
        try
        {
            error = await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.DiscordErrorBody, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException)
        {
            // Not a Discord JSON error (a proxy or Cloudflare page): the status says enough.
        }

        // The template, never the path: interaction paths hold a token.
        return new DiscordRestException(response.StatusCode, error?.Code, $"{route.Method.Method} {route.Template}", error?.Message);
    }
}
