using DealBot.Knowledge.Loading;

namespace DealBot.Knowledge.Tests.Faults;

/// <summary>A loader for ".slow" files that does not return until released: a parser stuck on a pathological file.</summary>
internal sealed class StuckLoader : IDocumentLoader
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ManualResetEventSlim _released = new();

    public IReadOnlyCollection<string> Extensions { get; } = [".slow"];

    public Task Entered => _entered.Task;

    public void Release() => _released.Set();

    public LoadedDocument Load(string fileName, string content)
    {
        _entered.TrySetResult();
        _released.Wait();
        return new LoadedDocument("stuck", "Stuck", "en", null, null, content);
    }
}

/// <summary>A loader for ".boom" files that fails the way no one foresaw.</summary>
internal sealed class ThrowingLoader(Func<Exception> fault) : IDocumentLoader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".boom"];

    public LoadedDocument Load(string fileName, string content) => throw fault();
}
