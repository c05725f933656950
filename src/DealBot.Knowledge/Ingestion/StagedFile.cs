namespace DealBot.Knowledge.Ingestion;

/// <summary>An upload waiting in the staging folder until it has been read and validated.</summary>
/// <param name="GivenName">The name it came with (a Discord attachment's name, a path's file name).</param>
/// <param name="Name">The safe name it will have in the knowledge directory.</param>
/// <param name="Path">Where it waits.</param>
internal sealed record StagedFile(string GivenName, string Name, string Path);
