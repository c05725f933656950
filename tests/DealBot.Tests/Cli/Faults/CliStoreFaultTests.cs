using DealBot.Testing.Faults;
using DealBot.Tests.Bot.EndToEnd;

namespace DealBot.Tests.Cli.Faults;

/// <summary>
/// A damaged or unwritable data directory under the real executable: `ask` still answers from an intact generation
/// (or rebuilds one) with one line on stderr, `ingest` repairs what is damaged without anyone deleting a file, and
/// I/O failures get one line and the documented exit code. Never a stack trace.
/// </summary>
[Collection(CliFaultCollection.Name)]
public sealed class CliStoreFaultTests(CliFaultFixture fixture) : IDisposable
{
    private const string EditedArticle = "industry-context-en.md";
    private readonly BotWorkspace _workspace = fixture.NewWorkspace();

    public void Dispose() => _workspace.Dispose();

    private string IndexDirectory => Path.Combine(_workspace.DataDirectory, "index");

    private string PointerFile => Path.Combine(IndexDirectory, "CURRENT");

    private string LiveVersion => DataFiles.IntactPointerTarget(PointerFile)!;

    private string LiveFile => Path.Combine(IndexDirectory, $"gen-{LiveVersion}.bin");

    public static TheoryData<string, string> IndexDamage => new()
    {
        { "pointer empty", "CURRENT: empty" },
        { "pointer not JSON", "CURRENT: not valid JSON" },
        { "pointer of an older format", "CURRENT: no checksum" },
        { "pointer edited by hand", "CURRENT: checksum mismatch" },
        { "generation truncated", "truncated" },
        { "generation with a flipped byte", "checksum mismatch" },
        { "generation with a huge passage count", "cannot fit" },
        { "generation with a negative passage count", "-1 passages cannot fit" },
        { "generation deleted", "missing" },
    };

    [Theory]
    [MemberData(nameof(IndexDamage))]
    public async Task AskThenIngest_IndexDamaged_AnswersWithOneLineAndIngestRepairs(string damage, string reason)
    {
        var damagedVersion = LiveVersion;
        Damage(damage);

        var ask = await DealBotProcess.AskAsync(_workspace);

        ask.AssertAnsweredWithSource();
        var line = ask.AssertOneLine(reason);
        Assert.StartsWith("warn: ", line, StringComparison.Ordinal);
        var ingest = await DealBotProcess.RunAsync(_workspace, "ingest");
        Assert.Equal(0, ingest.ExitCode);
        ingest.AssertNoStackTrace();
        Assert.True(ingest.ProblemLines.Count <= 1, ingest.Stderr);
        var repaired = DataFiles.IntactPointerTarget(PointerFile);
        Assert.NotNull(repaired);
        Assert.True(File.Exists(Path.Combine(IndexDirectory, $"gen-{repaired}.bin")));
        if (damage.StartsWith("generation", StringComparison.Ordinal))
        {
            Assert.NotEqual(damagedVersion, repaired);
        }
    }

    [Fact]
    public async Task Ingest_EmbeddingCacheDamaged_OneLineEverythingEmbeddedAgainAndAnswers()
    {
        DataFiles.FlipByte(Path.Combine(_workspace.DataDirectory, "embeddings.bin"));
        EditArticle();

        var ingest = await DealBotProcess.RunAsync(_workspace, "ingest");

        Assert.Equal(0, ingest.ExitCode);
        ingest.AssertOneLine("Embedding cache discarded");
        Assert.Contains("1 updated", ingest.Stdout, StringComparison.Ordinal);
        (await DealBotProcess.AskAsync(_workspace)).AssertAnsweredWithSource();
    }

    [Fact]
    public async Task AskThenIngest_RefreshStateDamaged_AnswersAndIngestChecksEveryArticleAgain()
    {
        DataFiles.FlipByte(Path.Combine(_workspace.DataDirectory, "refresh-state.json"));

        var ask = await DealBotProcess.AskAsync(_workspace);
        var ingest = await DealBotProcess.RunAsync(_workspace, "ingest", "--json");

        ask.AssertAnsweredWithSource();
        Assert.True(ask.ProblemLines.Count <= 1, ask.Stderr);
        ask.AssertNoStackTrace();
        Assert.Equal(0, ingest.ExitCode);
        ingest.AssertOneLine("Refresh state discarded");
        Assert.Contains("\"unchanged\":0", ingest.Stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Ingest_ReadOnlyDataDirectory_ExitTwoNotWritableAndTheIndexStillAnswers()
    {
        EditArticle();
        using var readOnly = DataFiles.TryMakeReadOnly(_workspace.DataDirectory);
        Skip.If(readOnly is null, "cannot make a directory read-only here");

        var ingest = await DealBotProcess.RunAsync(_workspace, "ingest");
        var ask = await DealBotProcess.AskAsync(_workspace);

        Assert.Equal(2, ingest.ExitCode);
        Assert.Equal($"dealbot: data directory is not writable: {_workspace.DataDirectory} (permission denied)", ingest.AssertOneLine("not writable"));
        ask.AssertAnsweredWithSource();
        Assert.Empty(ask.ProblemLines);
    }

    [SkippableFact]
    public async Task Ingest_DiskFullAfterPublish_ReportsTheNewIndexLive()
    {
        EditArticle();
        var before = LiveVersion;
        Skip.IfNot(DataFiles.TryFillDisk(Path.Combine(_workspace.DataDirectory, "refresh-state.json.tmp")), "no /dev/full here");

        var ingest = await DealBotProcess.RunAsync(_workspace, "ingest");
        var ask = await DealBotProcess.AskAsync(_workspace);

        Assert.Equal(0, ingest.ExitCode);
        Assert.NotEqual(before, LiveVersion);
        var line = ingest.AssertOneLine($"dealbot: warning: index {LiveVersion} is live, but the refresh state could not be saved (No space left on device");
        Assert.EndsWith("the next ingest checks every article again", line, StringComparison.Ordinal);
        Assert.Contains("1 updated", ingest.Stdout, StringComparison.Ordinal);
        ask.AssertAnsweredWithSource();
    }

    [SkippableFact]
    public async Task Ingest_DiskFullBeforePublish_ExitTwoAndThePreviousIndexAnswers()
    {
        EditArticle();
        var before = LiveVersion;
        Skip.IfNot(DataFiles.TryFillDisk(PointerFile + ".tmp"), "no /dev/full here");

        var ingest = await DealBotProcess.RunAsync(_workspace, "ingest");
        var ask = await DealBotProcess.AskAsync(_workspace);

        Assert.Equal(2, ingest.ExitCode);
        var line = ingest.AssertOneLine("dealbot: could not write the index pointer (No space left on device");
        Assert.EndsWith("the previous index still answers", line, StringComparison.Ordinal);
        Assert.Equal(before, LiveVersion);
        ask.AssertAnsweredWithSource();
        Assert.Empty(ask.ProblemLines);
    }

    [Fact]
    public async Task Ingest_WhileAnotherHoldsTheLock_SaysARefreshIsRunning()
    {
        using (new FileStream(Path.Combine(_workspace.DataDirectory, "refresh.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var ingest = await DealBotProcess.RunAsync(_workspace, "ingest");

            Assert.Equal(1, ingest.ExitCode);
            ingest.AssertOneLine("a refresh is already running");
        }

        (await DealBotProcess.AskAsync(_workspace)).AssertAnsweredWithSource();
    }

    private void EditArticle() =>
        File.AppendAllText(Path.Combine(_workspace.KnowledgeDirectory, EditedArticle), "\nA closing sentence added by a moderator.\n");

    private void Damage(string damage)
    {
        switch (damage)
        {
            case "pointer empty":
                File.WriteAllBytes(PointerFile, []);
                break;
            case "pointer not JSON":
                File.WriteAllText(PointerFile, "{\"sha256\":\"0\",\"data\":{\"Current\":");
                break;
            case "pointer of an older format":
                File.WriteAllText(PointerFile, $"{{\"Current\":\"{LiveVersion}\",\"Previous\":null}}");
                break;
            case "pointer edited by hand":
                File.WriteAllText(PointerFile, File.ReadAllText(PointerFile).Replace("\"Previous\":null", "\"Previous\":\"1999\"", StringComparison.Ordinal));
                break;
            case "generation truncated":
                DataFiles.Truncate(LiveFile, 0.4);
                break;
            case "generation with a flipped byte":
                DataFiles.FlipByte(LiveFile);
                break;
            case "generation with a huge passage count":
                DataFiles.ForgeInt32(LiveFile, DataFiles.DimensionsOffset(LiveVersion) + 4, int.MaxValue);
                break;
            case "generation with a negative passage count":
                DataFiles.ForgeInt32(LiveFile, DataFiles.DimensionsOffset(LiveVersion) + 4, -1);
                break;
            case "generation deleted":
                File.Delete(LiveFile);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, null);
        }
    }
}
