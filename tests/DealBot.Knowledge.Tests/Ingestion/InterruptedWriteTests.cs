using System.Collections;
using DealBot.Core.Retrieval;
using DealBot.Testing.Stores;

namespace DealBot.Knowledge.Tests.Ingestion;

/// <summary>A crash or failure while a generation is written never costs the live index, in this process or the next.</summary>
public sealed class InterruptedWriteTests : IDisposable
{
    private const string NewerVersion = "99991231T235959999";
    private readonly SyncFixture _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public async Task PublishAsync_WriteInterruptedMidFile_OldIndexStillServedHereAndByANewStore()
    {
        await _kb.Host.RefreshAsync();
        var live = await _kb.Host.Store.GetStatusAsync();
        using var cancel = new CancellationTokenSource();
        var build = new IndexBuild(NewerVersion, new CancelWhileWriting(ContractPassages.Bulk(NewerVersion, 300, "bulk").Passages, 100, cancel), ContractPassages.Dimensions);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _kb.Host.Store.PublishAsync(build, cancel.Token));

        var partial = Assert.Single(Directory.GetFiles(_kb.IndexDirectory, "*.tmp"));
        Assert.True(new FileInfo(partial).Length > 0, "the interrupted write left part of a file");
        Assert.Equal(live.Version, (await _kb.Host.Store.GetStatusAsync()).Version);
        Assert.Contains(await _kb.SearchAsync(SyncFixture.AlphaWord), h => h.Passage.SourceId == "alpha-en");
        using var restarted = _kb.NewHost();
        var status = await restarted.Store.GetStatusAsync();
        Assert.Equal((true, live.Version, live.PassageCount), (status.Ready, status.Version, status.PassageCount));
        Assert.Contains(await _kb.SearchAsync(SyncFixture.AlphaWord, restarted), h => h.Passage.SourceId == "alpha-en");
    }

    [Fact]
    public async Task NewStore_GarbageTempAndCorruptNewerGenerationBesideTheLiveOne_LoadsTheLiveGeneration()
    {
        await _kb.Host.RefreshAsync();
        var live = await _kb.Host.Store.GetStatusAsync();
        // What a crash can leave: a torn temp generation, a newer generation file CURRENT never pointed at, a torn pointer temp.
        File.WriteAllBytes(Path.Combine(_kb.IndexDirectory, $"gen-{NewerVersion}.bin.tmp"), [0x44, 0x42, 0x44, 0x58, 1, 0, 0]);
        File.WriteAllBytes(Path.Combine(_kb.IndexDirectory, $"gen-{NewerVersion}.bin"), [0x44, 0x42, 0x44, 0x58, 1, 0, 0, 0, 9]);
        File.WriteAllText(Path.Combine(_kb.IndexDirectory, "CURRENT.tmp"), "{\"Current\":\"9999");

        using var restarted = _kb.NewHost();

        var status = await restarted.Store.GetStatusAsync();
        Assert.Equal((true, live.Version, live.PassageCount), (status.Ready, status.Version, status.PassageCount));
        Assert.Contains(await _kb.SearchAsync(SyncFixture.GammaWord, restarted), h => h.Passage.SourceId == "gamma-zh");
    }

    [Fact]
    public async Task RefreshAsync_AfterACrashLeftDebris_PublishesAndClearsIt()
    {
        await _kb.Host.RefreshAsync();
        var torn = Path.Combine(_kb.IndexDirectory, $"gen-{NewerVersion}.bin.tmp");
        File.WriteAllBytes(torn, [1, 2, 3]);
        _kb.Write("alpha-en.md", SyncFixture.Alpha("Alpha: after the crash"));
        using var restarted = _kb.NewHost();

        var report = await restarted.RefreshAsync();

        Assert.True(report.Published);
        Assert.False(File.Exists(torn));
        Assert.Contains(await _kb.SearchAsync(SyncFixture.AlphaWord, restarted), h => h.Passage.Title == "Alpha: after the crash");
    }

    [Fact]
    public async Task NewStore_TornEmbeddingCacheAndStateFile_RefreshStillSucceeds()
    {
        await _kb.Host.RefreshAsync();
        File.WriteAllBytes(Path.Combine(_kb.DataDirectory, "embeddings.bin"), [0x43, 0x44, 0x42, 0x45, 0xff, 0xff]);
        File.WriteAllText(Path.Combine(_kb.DataDirectory, "refresh-state.json"), "{\"files\":{\"alpha");
        using var restarted = _kb.NewHost();

        var report = await restarted.RefreshAsync();

        Assert.Empty(report.Failed);
        Assert.Equal(3, report.Added + report.Unchanged + report.Updated);
        Assert.NotEmpty(await _kb.SearchAsync(SyncFixture.BetaWord, restarted));
    }

    /// <summary>
    /// Passages that read normally by index (the in-memory index is built from them) but cancel the token part-way
    /// through enumeration, which is how the file writer walks them: the write stops mid-file, as a crash would.
    /// </summary>
    private sealed class CancelWhileWriting(IReadOnlyList<IndexedPassage> inner, int after, CancellationTokenSource cancel) : IReadOnlyList<IndexedPassage>
    {
        public IndexedPassage this[int index] => inner[index];

        public int Count => inner.Count;

        public IEnumerator<IndexedPassage> GetEnumerator()
        {
            for (var i = 0; i < inner.Count; i++)
            {
                if (i == after)
                {
                    cancel.Cancel();
                }

                yield return inner[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
