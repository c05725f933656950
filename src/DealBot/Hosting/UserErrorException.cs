namespace DealBot.Hosting;

/// <summary>A mistake the user can fix (bad argument, missing file); shown as one line, exit code 1.</summary>
internal sealed class UserErrorException(string message) : Exception(message);
