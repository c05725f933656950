using DealBot.Core.Ingestion;

namespace DealBot.Knowledge.Ingestion;

/// <summary>What a refresh has to tell the moderator so far: the files it refused and the ones it accepted with a remark.</summary>
internal sealed class RefreshFindings
{
    private readonly List<IngestFailure> _failed = [];
    private readonly List<IngestWarning> _warnings = [];

    public IReadOnlyList<IngestFailure> Failed => _failed;

    public IReadOnlyList<IngestWarning> Warnings => _warnings;

    public void Fail(string file, string reason) => _failed.Add(new IngestFailure(file, reason));

    public void Warn(string file, string message) => _warnings.Add(new IngestWarning(file, message));

    public bool HasFailed(string file) => _failed.Any(f => string.Equals(f.File, file, StringComparison.Ordinal));
}
