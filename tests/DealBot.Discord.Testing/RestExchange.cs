namespace DealBot.Discord.Testing;

/// <summary>A request the fake API answered, with the status it answered with (a 429 or 400 is not a success).</summary>
public sealed record RestExchange(RecordedRequest Request, int Status)
{
    public bool Succeeded => Status is >= 200 and < 300;
}
