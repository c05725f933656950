using DealBot.Knowledge.Tests.Ingestion;
using DealBot.Testing.Faults;

namespace DealBot.Knowledge.Tests.Faults;

/// <summary>
/// A damaged index on disk is never served: a restarted process falls back to the previous generation (or to the
/// newest intact one when the pointer is what is damaged) with one log line and no stack trace, keeps answering, and
/// the next refresh repairs the directory without anyone deleting a file.
/// </summary>
public sealed class IndexStoreFaultTests : IDisposable
{
    private readonly StoreFaultRig _rig = new();

    public void Dispose() => _rig.Dispose();

    public static TheoryData<string, string> LiveGenerationDamage => new()
    {
        { "truncated", "truncated" },
        { "empty", "empty" },
        { "flipped byte", "checksum mismatch" },
        { "garbage appended", "bytes after its end" },
        { "older format", "format version 1" },
        { "not an index", "not a DealBot index generation" },
        { "huge passage count", "cannot fit" },
        { "negative passage count", "-1 passages cannot fit" },
        { "huge dimensions", "dimension count" },
        { "another generation copied over it", "holds generation" },
        { "deleted", "missing" },
    };

    public static TheoryData<string, string> PointerDamage => new()
    {
        { "empty", "CURRENT: empty" },
        { "not JSON", "CURRENT: not valid JSON" },
        { "older format without checksum", "CURRENT: no checksum" },
        { "edited by hand", "CURRENT: checksum mismatch" },
        { "forged to a path", "CURRENT: does not name a generation" },
        { "forged to a missing generation", "missing" },
        { "deleted", "CURRENT: missing" },
    };

    [Theory]
    [MemberData(nameof(LiveGenerationDamage))]
    public async Task Load_LiveGenerationDamaged_ServesThePreviousOneWithOneLine(string damage, string reason)
    {
        await _rig.PublishTwoAsync();
        DamageLiveGeneration(damage);

        var host = _rig.NewHost();
        var status = await host.Store.GetStatusAsync();

        Assert.Equal((true, _rig.Older), (status.Ready, status.Version));
        var line = StoreFaultRig.AssertOneLine(host, reason);
        Assert.Contains($"serving generation {_rig.Older}", line.Message, StringComparison.Ordinal);
        await _rig.AssertAnswersAsync(host, StoreFaultRig.OlderTitle);
        await AssertRepairedByRefreshAsync(host);
    }

    [Theory]
    [MemberData(nameof(PointerDamage))]
    public async Task Load_PointerDamaged_ServesTheNewestIntactGenerationWithOneLine(string damage, string reason)
    {
        await _rig.PublishTwoAsync();
        DamagePointer(damage);

        var host = _rig.NewHost();
        var status = await host.Store.GetStatusAsync();

        var expected = damage == "forged to a missing generation" ? _rig.Older : _rig.Live;
        Assert.Equal((true, expected), (status.Ready, status.Version));
        StoreFaultRig.AssertOneLine(host, reason);
        await _rig.AssertAnswersAsync(host, expected == _rig.Live ? StoreFaultRig.LiveTitle : StoreFaultRig.OlderTitle);
        await AssertRepairedByRefreshAsync(host);
    }

    [Fact]
    public async Task Load_PointerAndEveryGenerationDamaged_NotReadyWithOneLineThenRebuiltByRefresh()
    {
        await _rig.PublishTwoAsync();
        File.WriteAllText(_rig.PointerFile, string.Empty);
        DataFiles.FlipByte(_rig.LiveFile);
        DataFiles.Truncate(_rig.OlderFile, 0.5);

        var host = _rig.NewHost();
        var status = await host.Store.GetStatusAsync();

        Assert.False(status.Ready);
        Assert.Contains("run `ingest`", status.Detail, StringComparison.Ordinal);
        var line = StoreFaultRig.AssertOneLine(host, "checksum mismatch");
        Assert.Contains("truncated", line.Message, StringComparison.Ordinal);
        Assert.Empty(await _rig.Kb.SearchAsync(SyncFixture.AlphaWord, host));
        await AssertRepairedByRefreshAsync(host);
    }

    [Fact]
    public async Task Load_DamagedAndPolledAgain_ReportedOnce()
    {
        await _rig.PublishTwoAsync();
        DataFiles.FlipByte(_rig.LiveFile);
        var host = _rig.NewHost();

        for (var i = 0; i < 5; i++)
        {
            await _rig.AssertAnswersAsync(host, StoreFaultRig.OlderTitle);
        }

        StoreFaultRig.AssertOneLine(host, "checksum mismatch");
    }

    [Fact]
    public async Task Rollback_PreviousGenerationDamaged_RefusedWithOneLineAndTheLiveOneStays()
    {
        await _rig.PublishTwoAsync();
        DataFiles.FlipByte(_rig.OlderFile);
        var host = _rig.NewHost();

        var rolledBack = await host.Refresher.RollbackAsync();

        Assert.False(rolledBack);
        Assert.Equal(_rig.Live, (await host.Store.GetStatusAsync()).Version);
        StoreFaultRig.AssertOneLine(host, "checksum mismatch");
        await _rig.AssertAnswersAsync(host, StoreFaultRig.LiveTitle);
    }

    private async Task AssertRepairedByRefreshAsync(Support.KnowledgeHost damaged)
    {
        var report = await damaged.RefreshAsync();

        Assert.True(report.Published);
        Assert.Empty(report.Failed);
        using var restarted = _rig.NewHost();
        var status = await restarted.Store.GetStatusAsync();
        Assert.True(status.Ready);
        Assert.Empty(StoreFaultRig.Problems(restarted));
        await _rig.AssertAnswersAsync(restarted, StoreFaultRig.LiveTitle);
    }

    private void DamageLiveGeneration(string damage)
    {
        var file = _rig.LiveFile;
        switch (damage)
        {
            case "truncated":
                DataFiles.Truncate(file, 0.6);
                break;
            case "empty":
                File.WriteAllBytes(file, []);
                break;
            case "flipped byte":
                DataFiles.FlipByte(file);
                break;
            case "garbage appended":
                DataFiles.Append(file, [1, 2, 3, 4]);
                break;
            case "older format":
                DataFiles.SetHeaderInt32(file, 4, 1);
                break;
            case "not an index":
                DataFiles.SetHeaderInt32(file, 0, 0x45424443);
                break;
            case "huge passage count":
                DataFiles.ForgeInt32(file, DataFiles.DimensionsOffset(_rig.Live) + 4, int.MaxValue);
                break;
            case "negative passage count":
                DataFiles.ForgeInt32(file, DataFiles.DimensionsOffset(_rig.Live) + 4, -1);
                break;
            case "huge dimensions":
                DataFiles.ForgeInt32(file, DataFiles.DimensionsOffset(_rig.Live), int.MaxValue);
                break;
            case "another generation copied over it":
                File.Copy(_rig.OlderFile, file, overwrite: true);
                break;
            case "deleted":
                File.Delete(file);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, null);
        }
    }

    private void DamagePointer(string damage)
    {
        var pointer = _rig.PointerFile;
        switch (damage)
        {
            case "empty":
                File.WriteAllBytes(pointer, []);
                break;
            case "not JSON":
                File.WriteAllText(pointer, "{\"sha256\":\"00\",\"data\":{\"Current\":\"2025");
                break;
            case "older format without checksum":
                File.WriteAllText(pointer, $"{{\"Current\":\"{_rig.Live}\",\"Previous\":\"{_rig.Older}\"}}");
                break;
            case "edited by hand":
                File.WriteAllText(pointer, File.ReadAllText(pointer).Replace(_rig.Live, _rig.Older, StringComparison.Ordinal));
                break;
            case "forged to a path":
                DataFiles.ForgeJson(pointer, "{\"Current\":\"../../refresh-state.json\",\"Previous\":null}");
                break;
            case "forged to a missing generation":
                DataFiles.ForgeJson(pointer, $"{{\"Current\":\"20990101T000000000\",\"Previous\":\"{_rig.Older}\"}}");
                break;
            case "deleted":
                File.Delete(pointer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, null);
        }
    }
}
