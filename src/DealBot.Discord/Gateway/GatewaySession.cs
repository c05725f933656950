namespace DealBot.Discord.Gateway;

/// <summary>
/// What a Resume needs: session id, resume address and last sequence number; plus the count of failed
/// resumes, after which the session is abandoned. The sequence is written by the reader and read by the
/// heartbeat, hence the interlocked access.
/// </summary>
internal sealed class GatewaySession
{
    private readonly Lock _lock = new();
    private long _sequence = -1;
    private string? _sessionId;
    private Uri? _resumeUrl;
    private int _failedResumes;

    public long? Sequence
    {
        get
        {
            var value = Interlocked.Read(ref _sequence);
            return value < 0 ? null : value;
        }
    }

    public string? SessionId
    {
        get { lock (_lock) { return _sessionId; } }
    }

    public Uri? ResumeUrl
    {
        get { lock (_lock) { return _resumeUrl; } }
    }

    public bool CanResume
    {
        get { lock (_lock) { return _sessionId is not null && _resumeUrl is not null; } }
    }

    public void SetSequence(long sequence) => Interlocked.Exchange(ref _sequence, sequence);

    public void OnReady(string sessionId, Uri resumeUrl)
    {
        lock (_lock)
        {
            _sessionId = sessionId;
            _resumeUrl = resumeUrl;
            _failedResumes = 0;
        }
    }

    public void OnResumed()
    {
        lock (_lock)
        {
            _failedResumes = 0;
        }
    }

    /// <summary>Counts a resume that did not reach RESUMED; returns whether the session was abandoned.</summary>
    public bool OnResumeFailed(int maxFailedResumes)
    {
        lock (_lock)
        {
            if (++_failedResumes < maxFailedResumes)
            {
                return false;
            }
        }

        Clear();
        return true;
    }

    /// <summary>Forgets the session: the next connection identifies on the main gateway address.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _sessionId = null;
            _resumeUrl = null;
            _failedResumes = 0;
            Interlocked.Exchange(ref _sequence, -1);
        }
    }
}
