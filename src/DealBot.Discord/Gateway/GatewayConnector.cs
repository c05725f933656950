namespace DealBot.Discord.Gateway;

/// <summary>
/// One connection attempt: resume on the session's address or identify on the gateway address, run the
/// connection to its end, then update the session (drop it after an identify-class end or too many failed
/// resumes; forget an address that could not be reached).
/// </summary>
internal sealed class GatewayConnector(
    IGatewayConnectionFactory connections,
    GatewayAddressResolver addresses,
    GatewayRuntime runtime)
{
    public async Task<ConnectionOutcome> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        var session = runtime.Session;
        var resume = session.CanResume;
        var url = resume ? session.ResumeUrl : null;
        if (url is null)
        {
            resume = false;
            var (gatewayUrl, failure) = await addresses.ResolveAsync(cancellationToken).ConfigureAwait(false);
            if (failure is not null)
            {
                return failure;
            }

            url = gatewayUrl!;
        }

        GatewayLog.Connecting(runtime.Logger, url.Host, resume ? "resume" : "identify");
        runtime.Status.Set(GatewayConnectionState.Connecting);
        IGatewayConnection connection;
        try
        {
            if (!resume)
            {
                await runtime.Identifies.WaitTurnAsync(cancellationToken).ConfigureAwait(false);
            }

            connection = await connections.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ConnectionOutcome(ReconnectAction.Stopped, "shutdown");
        }
#pragma warning disable CA1031 // Whatever broke the connect, the answer is the same: back off and try again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            GatewayLog.ConnectFailed(runtime.Logger, runtime.Redactor.Redact(ex.Message));
            ForgetAddress(resume);
            return new ConnectionOutcome(ReconnectAction.Resume, "could not connect") { ConnectFailed = true };
        }

        ConnectionOutcome outcome;
        await using (connection.ConfigureAwait(false))
        {
            outcome = await new GatewayConnectionRunner(connection, resume, runtime).RunAsync(cancellationToken).ConfigureAwait(false);
        }

        AfterConnection(outcome, resume);
        return outcome;
    }

    private void AfterConnection(ConnectionOutcome outcome, bool resumed)
    {
        if (outcome.Action == ReconnectAction.Identify)
        {
            runtime.Session.Clear();
        }
        else if (outcome.Action == ReconnectAction.Resume && resumed && !outcome.SessionEstablished
            && runtime.Session.OnResumeFailed(runtime.Tuning.MaxFailedResumes))
        {
            GatewayLog.ResumeAbandoned(runtime.Logger, runtime.Tuning.MaxFailedResumes);
        }
    }

    /// <summary>An unreachable resume address means identify on the main one; an unreachable main one, look it up again.</summary>
    private void ForgetAddress(bool resumeAddress)
    {
        if (resumeAddress)
        {
            runtime.Session.Clear();
        }
        else
        {
            addresses.Forget();
        }
    }
}
