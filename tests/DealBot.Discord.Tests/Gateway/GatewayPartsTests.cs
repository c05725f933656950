using DealBot.Discord.Gateway;
using DealBot.Discord.Testing;

namespace DealBot.Discord.Tests.Gateway;

public sealed class GatewayPartsTests
{
    [Theory]
    [InlineData(4000, "Resume")]
    [InlineData(4001, "Resume")]
    [InlineData(4002, "Resume")]
    [InlineData(4003, "Resume")]
    [InlineData(4005, "Resume")]
    [InlineData(4008, "Resume")]
    [InlineData(1006, "Resume")]
    [InlineData(null, "Resume")]
    [InlineData(4007, "Identify")]
    [InlineData(4009, "Identify")]
    [InlineData(4004, "Fatal")]
    [InlineData(4010, "Fatal")]
    [InlineData(4011, "Fatal")]
    [InlineData(4012, "Fatal")]
    [InlineData(4013, "Fatal")]
    [InlineData(4014, "Fatal")]
    public void Classify_CloseCode_MapsToDocumentedAction(int? code, string expected)
        => Assert.Equal(expected, CloseCodeClassifier.Classify(code, null).Action.ToString());

    [Fact]
    public void GetDelays_HighestJitter_DoublesFromOneSecondUpToCap()
    {
        var delays = new ExponentialBackoffReconnectStrategy(new FixedRandomSource(0.999999)).GetDelays().Take(8).Select(d => Math.Round(d.TotalSeconds, 3));

        Assert.Equal([1.0, 2, 4, 8, 16, 32, 32, 32], delays);
    }

    [Fact]
    public void GetDelays_LowestJitter_HalvesEachCeiling()
    {
        var delays = new ExponentialBackoffReconnectStrategy(new FixedRandomSource(0)).GetDelays().Take(7).Select(d => d.TotalSeconds);

        Assert.Equal([0.5, 1, 2, 4, 8, 16, 16], delays);
    }

    [Fact]
    public void Next_SequenceRunsOutAndResets_RepeatsLastThenStartsOver()
    {
        using var backoff = new BackoffSequence(new ListStrategy([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)]));

        Assert.Equal([1.0, 2, 2], new[] { backoff.Next(), backoff.Next(), backoff.Next() }.Select(d => d.TotalSeconds));
        backoff.Reset();
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
    }

    private sealed class ListStrategy(IReadOnlyList<TimeSpan> delays) : IReconnectStrategy
    {
        public IEnumerable<TimeSpan> GetDelays() => delays;
    }

    [Fact]
    public void TryRegister_SameEventAndId_SecondTimeRefusedUntilEvicted()
    {
        var deduplicator = new DispatchDeduplicator(capacity: 2);

        Assert.True(deduplicator.TryRegister("MESSAGE_CREATE", 1));
        Assert.False(deduplicator.TryRegister("MESSAGE_CREATE", 1));
        Assert.True(deduplicator.TryRegister("INTERACTION_CREATE", 1));
        Assert.True(deduplicator.TryRegister("MESSAGE_CREATE", 2));
        Assert.True(deduplicator.TryRegister("MESSAGE_CREATE", 1));
    }

    [Fact]
    public void OnResumeFailed_ThirdFailure_AbandonsSession()
    {
        var session = new GatewaySession();
        session.OnReady("s", new Uri("wss://resume.example/?v=10&encoding=json"));
        session.SetSequence(9);

        Assert.False(session.OnResumeFailed(3));
        Assert.False(session.OnResumeFailed(3));
        Assert.True(session.OnResumeFailed(3));
        Assert.False(session.CanResume);
        Assert.Null(session.Sequence);
    }

    [Theory]
    [InlineData("wss://gateway.discord.gg", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway-us-east1-b.discord.gg/", "wss://gateway-us-east1-b.discord.gg/?v=10&encoding=json")]
    [InlineData("ws://127.0.0.1:5000/resume", "ws://127.0.0.1:5000/resume/?v=10&encoding=json")]
    public void TryForConnect_GatewayAddress_AppendsVersionAndEncoding(string address, string expected)
    {
        Assert.True(GatewayUrls.TryForConnect(address, out var uri));
        Assert.Equal(expected, uri.ToString());
    }

    [Fact]
    public void TryForConnect_HttpAddress_IsRefused() => Assert.False(GatewayUrls.TryForConnect("https://discord.com", out _));
}
