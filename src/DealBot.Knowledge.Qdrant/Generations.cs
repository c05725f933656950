using System.Text;
using Qdrant.Client.Grpc;

namespace DealBot.Knowledge.Qdrant;

/// <summary>
/// Naming of generations and the alias moves between them. Readers query <c>{alias}</c>; the generation kept for a
/// rollback is held by a second alias, <c>{alias}-previous</c>, so both survive restarts and need no version ordering.
/// </summary>
internal static class Generations
{
    public static string PreviousAlias(string alias) => alias + "-previous";

    /// <summary>The collection of a version: <c>{alias}-v{version}</c>, with characters names cannot hold replaced.</summary>
    public static string CollectionName(string alias, string version, int attempt = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(version);
        var name = new StringBuilder(alias).Append("-v");
        foreach (var c in version)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        if (attempt > 0)
        {
            name.Append('-').Append(attempt);
        }

        return name.ToString();
    }

    /// <summary>
    /// One atomic update: the alias moves to the new generation and the replaced one becomes the previous generation
    /// (when kept). Aliases are deleted before they are re-created: a bare create does not re-point an existing alias.
    /// </summary>
    public static IReadOnlyList<AliasOperations> Publish(string alias, string collection, AliasState state, bool keepPrevious)
    {
        ArgumentNullException.ThrowIfNull(state);
        var operations = new List<AliasOperations>();
        if (state.Live is not null)
        {
            operations.Add(Delete(alias));
        }

        operations.Add(Create(alias, collection));
        if (state.Previous is not null)
        {
            operations.Add(Delete(PreviousAlias(alias)));
        }

        if (keepPrevious && state.Live is not null)
        {
            operations.Add(Create(PreviousAlias(alias), state.Live));
        }

        return operations;
    }

    /// <summary>One atomic update: the alias moves back to the previous generation, which stops being "previous".</summary>
    public static IReadOnlyList<AliasOperations> Rollback(string alias, AliasState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Previous is null)
        {
            throw new InvalidOperationException("There is no previous generation to roll back to.");
        }

        var operations = new List<AliasOperations>();
        if (state.Live is not null)
        {
            operations.Add(Delete(alias));
        }

        operations.Add(Create(alias, state.Previous));
        operations.Add(Delete(PreviousAlias(alias)));
        return operations;
    }

    /// <summary>Which collections the alias and the previous alias point at.</summary>
    public static AliasState Resolve(string alias, IEnumerable<AliasDescription> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        var previousAlias = PreviousAlias(alias);
        string? live = null, previous = null;
        foreach (var description in aliases)
        {
            if (description.AliasName == alias)
            {
                live = description.CollectionName;
            }
            else if (description.AliasName == previousAlias)
            {
                previous = description.CollectionName;
            }
        }

        return new AliasState(live, previous);
    }

    private static AliasOperations Create(string alias, string collection) =>
        new() { CreateAlias = new CreateAlias { AliasName = alias, CollectionName = collection } };

    private static AliasOperations Delete(string alias) =>
        new() { DeleteAlias = new DeleteAlias { AliasName = alias } };
}
