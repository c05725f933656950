namespace DealBot.Hosting;

/// <summary>The process exit codes of the contract.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Bad arguments, a bad file, a failed expectation: something the user can fix.</summary>
    public const int UserError = 1;

    /// <summary>The system failed: the store is unreachable, the bot cannot connect.</summary>
    public const int SystemError = 2;
}
