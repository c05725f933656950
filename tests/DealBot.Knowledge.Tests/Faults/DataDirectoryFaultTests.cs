using DealBot.Core.Ingestion;
using DealBot.Knowledge.Tests.Ingestion;
using DealBot.Testing.Faults;

namespace DealBot.Knowledge.Tests.Faults;

/// <summary>
/// The embedding cache and the refresh state are discarded and rebuilt when damaged, with one log line; writes that
/// fail (a full disk, a read-only directory) end in one clear outcome, and the live index keeps answering.
/// </summary>
public sealed class DataDirectoryFaultTests : IDisposable
{
    private const string EditedTitle = "Alpha: edited after the fault";
    private readonly StoreFaultRig _rig = new();

    public void Dispose() => _rig.Dispose();

    private string CacheFile => Path.Combine(_rig.Kb.DataDirectory, "embeddings.bin");

    private string StateFile => Path.Combine(_rig.Kb.DataDirectory, "refresh-state.json");

    public static TheoryData<string, string> CacheDamage => new()
    {
        { "truncated", "truncated" },
        { "empty", "empty" },
        { "flipped byte", "checksum mismatch" },
        { "older format", "format version 1" },
        { "huge entry count", "entries cannot fit" },
        { "negative vector length", "-1 vector values cannot fit" },
    };

    public static TheoryData<string, string> StateDamage => new()
    {
        { "empty", "empty" },
        { "torn", "not valid JSON" },
        { "flipped byte", "checksum mismatch" },
        { "older format without checksum", "no checksum" },
    };

    [Theory]
    [MemberData(nameof(CacheDamage))]
    public async Task Refresh_EmbeddingCacheDamaged_DiscardedWithOneLineAndEverythingEmbeddedAgain(string damage, string reason)
    {
        await _rig.PublishTwoAsync();
        DamageCache(damage);
        _rig.Kb.Write("alpha-en.md", SyncFixture.Alpha(EditedTitle));
        var host = _rig.NewHost();
        var before = _rig.Kb.Embedder.Count;

        var report = await host.RefreshAsync();

        Assert.True(report.Published);
        Assert.Empty(report.Failed);
        Assert.Equal(report.PassageCount, report.PassagesEmbedded);
        Assert.Equal(report.PassageCount, _rig.Kb.Embedder.Count - before);
        StoreFaultRig.AssertOneLine(host, reason);
        await _rig.AssertAnswersAsync(host, EditedTitle);

        // Rebuilt whole: the next change embeds only what changed, and nothing is reported.
        _rig.Kb.Write("alpha-en.md", SyncFixture.Alpha(StoreFaultRig.LiveTitle));
        using var next = _rig.NewHost();
        var again = await next.RefreshAsync();
        Assert.True(again.PassagesEmbedded < again.PassageCount);
        Assert.Empty(StoreFaultRig.Problems(next));
    }

    [Theory]
    [MemberData(nameof(StateDamage))]
    public async Task Refresh_RefreshStateDamaged_EveryArticleCheckedAgainWithOneLine(string damage, string reason)
    {
        await _rig.PublishTwoAsync();
        DamageState(damage);
        var host = _rig.NewHost();
        await _rig.AssertAnswersAsync(host, StoreFaultRig.LiveTitle);

        var report = await host.RefreshAsync();

        Assert.Equal((3, 0, 0), (report.Added, report.Updated, report.Unchanged));
        Assert.Empty(report.Failed);
        Assert.Equal(0, report.PassagesEmbedded);
        StoreFaultRig.AssertOneLine(host, reason);
        await _rig.AssertAnswersAsync(host, StoreFaultRig.LiveTitle);
        using var next = _rig.NewHost();
        Assert.Equal(3, (await next.RefreshAsync()).Unchanged);
        Assert.Empty(StoreFaultRig.Problems(next));
    }

    [SkippableFact]
    public async Task Refresh_DiskFullWhileWritingTheGeneration_NotPublishedPreviousAnswersOneLine()
    {
        await _rig.PublishTwoAsync();
        _rig.Kb.Write("alpha-en.md", SyncFixture.Alpha(EditedTitle));
        var host = _rig.NewHost();
        var version = NextVersion(host);
        Skip.IfNot(DataFiles.TryFillDisk(Path.Combine(_rig.IndexDirectory, $"gen-{version}.bin.tmp")), "no /dev/full here");

        var ex = await Assert.ThrowsAsync<IndexWriteException>(() => host.RefreshAsync());

        Assert.Contains("No space left on device", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("the previous index still answers", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Empty(Directory.GetFiles(_rig.IndexDirectory, "*.tmp"));
        Assert.Equal(_rig.Live, (await host.Store.GetStatusAsync()).Version);
        await _rig.AssertAnswersAsync(host, StoreFaultRig.LiveTitle);
        using var restarted = _rig.NewHost();
        await _rig.AssertAnswersAsync(restarted, StoreFaultRig.LiveTitle);
        Assert.True((await restarted.RefreshAsync()).Published);
        await _rig.AssertAnswersAsync(restarted, EditedTitle);
    }

    [SkippableFact]
    public async Task Refresh_DiskFullWhileWritingThePointer_NotPublishedPreviousAnswersOneLine()
    {
        await _rig.PublishTwoAsync();
        _rig.Kb.Write("alpha-en.md", SyncFixture.Alpha(EditedTitle));
        var host = _rig.NewHost();
        Skip.IfNot(DataFiles.TryFillDisk(_rig.PointerFile + ".tmp"), "no /dev/full here");

        var ex = await Assert.ThrowsAsync<IndexWriteException>(() => host.RefreshAsync());

        Assert.StartsWith("could not write the index pointer (No space left on device", ex.Message, StringComparison.Ordinal);
        Assert.Equal(_rig.Live, (await host.Store.GetStatusAsync()).Version);
        await _rig.AssertAnswersAsync(host, StoreFaultRig.LiveTitle);
        using var restarted = _rig.NewHost();
        await _rig.AssertAnswersAsync(restarted, StoreFaultRig.LiveTitle);
        Assert.Empty(StoreFaultRig.Problems(restarted));
    }

    [SkippableFact]
    public async Task Refresh_DiskFullAfterPublish_ReportsTheNewIndexLive()
    {
        await _rig.PublishTwoAsync();
        _rig.Kb.Write("alpha-en.md", SyncFixture.Alpha(EditedTitle));
        var host = _rig.NewHost();
        Skip.IfNot(DataFiles.TryFillDisk(StateFile + ".tmp"), "no /dev/full here");

        var report = await host.RefreshAsync();

        Assert.True(report.Published);
        var version = (await host.Store.GetStatusAsync()).Version;
        var warning = Assert.Single(report.Warnings);
        Assert.Null(warning.File);
        Assert.StartsWith($"index {version} is live, but the refresh state could not be saved (No space left on device", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', warning.Message);
        Assert.Empty(StoreFaultRig.Problems(host));
        await _rig.AssertAnswersAsync(host, EditedTitle);
        using var restarted = _rig.NewHost();
        await _rig.AssertAnswersAsync(restarted, EditedTitle);
        Assert.Empty((await restarted.RefreshAsync()).Warnings);
    }

    [SkippableFact]
    public async Task Refresh_DiskFullWhileSavingTheEmbeddingCache_PublishesWithOneLine()
    {
        await _rig.PublishTwoAsync();
        _rig.Kb.Write("alpha-en.md", SyncFixture.Alpha(EditedTitle));
        var host = _rig.NewHost();
        Skip.IfNot(DataFiles.TryFillDisk(CacheFile + ".tmp"), "no /dev/full here");

        var report = await host.RefreshAsync();

        Assert.True(report.Published);
        StoreFaultRig.AssertOneLine(host, "No space left on device");
        await _rig.AssertAnswersAsync(host, EditedTitle);
        Assert.False(File.Exists(CacheFile + ".tmp"));
    }

    [SkippableFact]
    public async Task Refresh_ReadOnlyDataDirectory_NotWritableAndTheIndexStillAnswers()
    {
        await _rig.PublishTwoAsync();
        _rig.Kb.Write("alpha-en.md", SyncFixture.Alpha(EditedTitle));
        using var readOnly = DataFiles.TryMakeReadOnly(_rig.Kb.DataDirectory);
        Skip.If(readOnly is null, "cannot make a directory read-only here");
        var host = _rig.NewHost();

        var ex = await Assert.ThrowsAsync<DataDirectoryNotWritableException>(() => host.RefreshAsync());

        Assert.StartsWith($"data directory is not writable: {_rig.Kb.DataDirectory} (", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Empty(StoreFaultRig.Problems(host));
        await _rig.AssertAnswersAsync(host, StoreFaultRig.LiveTitle);
        readOnly!.Dispose();
        Assert.True((await host.RefreshAsync()).Published);
        await _rig.AssertAnswersAsync(host, EditedTitle);
    }

    // The refresher names a generation after the time; the rig's clock stands still, so the next one is known.
    private static string NextVersion(Support.KnowledgeHost host) =>
        host.Get<TimeProvider>().GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

    private void DamageCache(string damage)
    {
        switch (damage)
        {
            case "truncated":
                DataFiles.Truncate(CacheFile, 0.7);
                break;
            case "empty":
                File.WriteAllBytes(CacheFile, []);
                break;
            case "flipped byte":
                DataFiles.FlipByte(CacheFile);
                break;
            case "older format":
                DataFiles.SetHeaderInt32(CacheFile, 4, 1);
                break;
            case "huge entry count":
                DataFiles.ForgeInt32(CacheFile, 0, int.MaxValue);
                break;
            case "negative vector length":
                // The first entry: count (4), key (1 + 64), then its vector length.
                DataFiles.ForgeInt32(CacheFile, 4 + 1 + 64, -1);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, null);
        }
    }

    private void DamageState(string damage)
    {
        switch (damage)
        {
            case "empty":
                File.WriteAllBytes(StateFile, []);
                break;
            case "torn":
                DataFiles.Truncate(StateFile, 0.5);
                break;
            case "flipped byte":
                var text = File.ReadAllText(StateFile);
                File.WriteAllText(StateFile, text.Replace("zephyrine", "zephyrina", StringComparison.Ordinal));
                break;
            case "older format without checksum":
                var json = File.ReadAllText(StateFile);
                File.WriteAllText(StateFile, json[(json.IndexOf("\"data\":", StringComparison.Ordinal) + 7)..^1]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, null);
        }
    }
}
