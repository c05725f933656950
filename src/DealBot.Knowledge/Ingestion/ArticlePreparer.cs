using DealBot.Core.Documents;
using DealBot.Knowledge.Loading;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// Reads one article in isolation and within the time limit: its bytes, then (when they changed) the document and its
/// passages. Whatever goes wrong, the caller gets a <see cref="DocumentLoadException"/> with a one-line reason, never
/// another exception, so one bad file cannot stop a refresh. The work runs on the thread pool and is awaited only for
/// <see cref="KnowledgeOptions.MaxFileReadTime"/>: parsers that cannot be cancelled are left to finish on their own,
/// their result discarded, and the refresh goes on without them.
/// </summary>
internal sealed class ArticlePreparer(
    SourceFileReader files,
    DocumentReader reader,
    PassageBuilder builder,
    IOptions<KnowledgeOptions> options,
    TimeProvider time)
{
    /// <summary>
    /// Reads the file at <paramref name="path"/> as the article <paramref name="name"/>; when its bytes hash to
    /// <paramref name="unchangedHash"/>, only the hash is returned (the document is the one already indexed).
    /// </summary>
    /// <exception cref="DocumentLoadException">The file is refused; the message says why.</exception>
    public Task<PreparedArticle> PrepareAsync(string name, string path, string? unchangedHash, CancellationToken cancellationToken) =>
        WithinLimitAsync(async token =>
        {
            var bytes = await files.ReadAsync(path, token).ConfigureAwait(false);
            var hash = DocumentReader.HashOf(bytes);
            if (hash == unchangedHash)
            {
                return new PreparedArticle(hash, null, null, []);
            }

            token.ThrowIfCancellationRequested();
            var read = reader.ReadWithWarnings(name, bytes);
            token.ThrowIfCancellationRequested();
            return new PreparedArticle(hash, read.Document, Passages(read.Document), read.Warnings);
        }, cancellationToken);

    /// <summary>The passages of a document indexed before (cut again for a new index), under the same rules.</summary>
    /// <exception cref="DocumentLoadException">The document can no longer be cut into passages; the message says why.</exception>
    public async Task<IReadOnlyList<PassageDraft>> DraftsAsync(SourceDocument document, CancellationToken cancellationToken) =>
        (await WithinLimitAsync(_ => Task.FromResult(new PreparedArticle(document.ContentHash, document, Passages(document), [])), cancellationToken).ConfigureAwait(false)).Drafts!;

    // An article that yields no passage could never be cited: accepting it would only list it among the sources.
    private IReadOnlyList<PassageDraft> Passages(SourceDocument document)
    {
        var drafts = builder.Build(document);
        return drafts.Count > 0
            ? drafts
            : throw new DocumentLoadException("none of its text can be indexed: it has only headings or very short lines (write paragraphs of full sentences)");
    }

    private async Task<PreparedArticle> WithinLimitAsync(Func<CancellationToken, Task<PreparedArticle>> work, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxFileReadTime;
        var deadline = new CancellationTokenSource(limit, time);
        var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var token = linked.Token;
        var task = Task.Run(() => work(token), token);
        try
        {
            return await task.WaitAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DocumentLoadException(FailureReason.TooSlow(limit));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not DocumentLoadException)
        {
            throw new DocumentLoadException(FailureReason.Of(ex), ex);
        }
        finally
        {
            if (task.IsCompleted)
            {
                linked.Dispose();
                deadline.Dispose();
            }
            else
            {
                // Abandoned past the limit: the work still holds the token, so the sources go when it ends; the
                // continuation also observes its fault, which no one else will.
                _ = task.ContinueWith(
                    static (t, state) =>
                    {
                        _ = t.Exception;
                        foreach (var source in (CancellationTokenSource[])state!)
                        {
                            source.Dispose();
                        }
                    },
                    new[] { linked, deadline },
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            }
        }
    }
}

/// <summary>
/// What reading a file gave: its hash, and when its content is new, the document, its passages and the loader's
/// warnings for the moderator.
/// </summary>
internal sealed record PreparedArticle(string Hash, SourceDocument? Document, IReadOnlyList<PassageDraft>? Drafts, IReadOnlyList<string> Warnings);
