namespace DealBot.Discord.Gateway;

/// <summary>What to do after a connection ends.</summary>
internal enum ReconnectAction
{
    /// <summary>Reconnect on the resume address and Resume the session.</summary>
    Resume,

    /// <summary>Drop the session and Identify anew.</summary>
    Identify,

    /// <summary>Stop: a restart will not help until a person fixes something.</summary>
    Fatal,

    /// <summary>Shutdown was requested.</summary>
    Stopped,
}
