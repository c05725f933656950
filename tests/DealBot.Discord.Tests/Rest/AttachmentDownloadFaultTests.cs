using DealBot.Discord.Rest;
using DealBot.Discord.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DealBot.Discord.Tests.Rest;

/// <summary>
/// Attachment downloads pointed somewhere else: only Discord's attachment hosts (or the configured ones) are
/// contacted, a redirect is refused rather than followed, a stalled download ends at the time limit, and an error is
/// an outcome, never an exception.
/// </summary>
public sealed class AttachmentDownloadFaultTests
{
    [Theory]
    [InlineData("https://evil.example/attachments/1/2/a.md")]
    [InlineData("https://cdn.discordapp.com.evil.example/attachments/1/2/a.md")]
    [InlineData("https://cdn.discordapp.com@evil.example/attachments/1/2/a.md")]
    [InlineData("http://cdn.discordapp.com/attachments/1/2/a.md")]
    [InlineData("https://cdn.discordapp.com:8443/attachments/1/2/a.md")]
    [InlineData("https://cdn.discordapp.com./attachments/1/2/a.md")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://cdn.discordapp.com/a.md")]
    public void Allows_DefaultHosts_RefusesEverythingElse(string url)
    {
        var policy = new AttachmentHostPolicy(Options.Create(new DiscordClientOptions { Token = "t" }));

        Assert.False(policy.Allows(new Uri(url)));
    }

    [Theory]
    [InlineData("https://cdn.discordapp.com/attachments/1/2/a.md?ex=1&is=2&hm=3")]
    [InlineData("https://media.discordapp.net/attachments/1/2/a.md")]
    [InlineData("https://CDN.DiscordApp.com/attachments/1/2/a.md")]
    public void Allows_DefaultHosts_DiscordsCdn(string url)
    {
        var policy = new AttachmentHostPolicy(Options.Create(new DiscordClientOptions { Token = "t" }));

        Assert.True(policy.Allows(new Uri(url)));
    }

    [Fact]
    public async Task DownloadAttachmentAsync_HostNotAllowed_RefusedWithoutAnyRequest()
    {
        await using var harness = await RestHarness.StartAsync();
        var elsewhere = new Uri(harness.Server.CdnUrl(100).ToString().Replace("127.0.0.1", "localhost", StringComparison.Ordinal));

        var download = await harness.Client.DownloadAttachmentAsync(elsewhere, maxBytes: 10_000);

        Assert.Equal(AttachmentDownloadStatus.HostNotAllowed, download.Status);
        Assert.True(download.Content.IsEmpty);
        Assert.Empty(harness.Server.Cdn.RequestedPaths);
    }

    [Fact]
    public async Task DownloadAttachmentAsync_Redirect_RefusedAndTheTargetNeverRequested()
    {
        await using var harness = await RestHarness.StartAsync();
        var target = harness.Server.CdnUrl(100);

        var download = await harness.Client.DownloadAttachmentAsync(harness.Server.CdnRedirectUrl(target), maxBytes: 10_000);

        Assert.Equal(AttachmentDownloadStatus.Redirected, download.Status);
        Assert.Equal(["/cdn-redirect/file.md"], harness.Server.Cdn.RequestedPaths);
    }

    [Fact]
    public async Task DownloadAttachmentAsync_StalledPastTheTimeLimit_TimedOut()
    {
        await using var harness = await RestHarness.StartAsync(new Dictionary<string, string?> { ["Discord:AttachmentTimeout"] = "00:00:15" });

        var download = harness.Client.DownloadAttachmentAsync(harness.Server.CdnStallUrl(), maxBytes: 10_000);
        await Discord.Testing.Eventually.WaitUntilAsync(() => harness.Server.Cdn.RequestedPaths.Count > 0, "the download started");
        await Discord.Testing.Eventually.AdvanceUntilAsync(harness.Time, () => download.IsCompleted, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        Assert.Equal(AttachmentDownloadStatus.TimedOut, (await download).Status);
    }

    [Fact]
    public async Task DownloadAttachmentAsync_MissingFile_FailedNotThrown()
    {
        await using var harness = await RestHarness.StartAsync();
        var missing = new Uri(harness.Server.BaseAddress, "attachments/600/999999/gone.md");

        var download = await harness.Client.DownloadAttachmentAsync(missing, maxBytes: 10_000);

        Assert.Equal(AttachmentDownloadStatus.Failed, download.Status);
    }

    [Theory]
    [InlineData("ftp://files.example")]
    [InlineData("https://cdn.example/attachments")]
    [InlineData("https://user@cdn.example")]
    [InlineData("not a host")]
    public void AddDiscordTransport_BadAttachmentHost_FailsValidationAtStart(string entry)
    {
        using var provider = Build(new() { ["Discord:Token"] = "t", ["Discord:AttachmentHosts:0"] = entry });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value);

        Assert.Contains("AttachmentHosts", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Discord:AttachmentTimeout", "00:00:00")]
    [InlineData("Discord:AttachmentTimeout", "01:00:00")]
    [InlineData("Discord:EventQueueCapacity", "0")]
    public void AddDiscordTransport_LimitOutOfRange_FailsValidationAtStart(string key, string value)
    {
        using var provider = Build(new() { ["Discord:Token"] = "t", [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value);

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddDiscordTransport(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider(validateScopes: true);
    }
}
