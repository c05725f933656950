namespace DealBot.Discord.Rest;

/// <summary>The JSON body of an API error: <c>{code, message, errors?}</c>.</summary>
internal sealed record DiscordErrorBody
{
    public int Code { get; init; }

    public string? Message { get; init; }
}
