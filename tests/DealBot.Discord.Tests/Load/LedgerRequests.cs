using System.Diagnostics;
using DealBot.Discord.Testing;

namespace DealBot.Discord.Tests.Load;

/// <summary>Requests as the fake records them, stamped at a given millisecond of a run, for the ledger's tests.</summary>
internal static class LedgerRequests
{
    public static long At(double milliseconds) => (long)(milliseconds * Stopwatch.Frequency / 1000);

    public static RestExchange Reply(ulong question, double atMs, int status = 200, string? nonce = null, ulong channel = 600)
        => Exchange("POST", $"/channels/{channel}/messages", atMs, status,
            $$"""{"content":"answer","message_reference":{"message_id":"{{question}}"}{{(nonce is null ? "" : $$""","nonce":"{{nonce}}","enforce_nonce":true""")}}}""");

    public static RestExchange Typing(double atMs, int status = 204) => Exchange("POST", "/channels/600/typing", atMs, status, "");

    public static RestExchange Callback(ulong interaction, string token, int type, double atMs, int status = 204)
        => Exchange("POST", $"/interactions/{interaction}/{token}/callback", atMs, status,
            type == 4 ? """{"type":4,"data":{"content":"answer"}}""" : $$"""{"type":{{type}}}""");

    public static RestExchange OriginalEdit(string token, double atMs, int status = 200)
        => Exchange("PATCH", $"/webhooks/2002/{token}/messages/@original", atMs, status, """{"content":"answer"}""");

    private static RestExchange Exchange(string method, string path, double atMs, int status, string body)
        => new(new RecordedRequest(method, path, "", new Dictionary<string, string>(), body, DateTimeOffset.UnixEpoch, At(atMs)), status);
}
