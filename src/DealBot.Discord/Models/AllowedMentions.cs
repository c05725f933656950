namespace DealBot.Discord.Models;

/// <summary>
/// Which mentions in a message may ping. The transport sends <see cref="None"/> unless the caller sets
/// something else, so echoed user or model text can never ping @everyone, a role or a user.
/// </summary>
public sealed record AllowedMentions
{
    /// <summary>Mention types to parse from the content: "users", "roles", "everyone".</summary>
    public IReadOnlyList<string>? Parse { get; init; }

    /// <summary>Users that may be pinged (do not combine with "users" in <see cref="Parse"/>).</summary>
    public IReadOnlyList<ulong>? Users { get; init; }

    /// <summary>Roles that may be pinged (do not combine with "roles" in <see cref="Parse"/>).</summary>
    public IReadOnlyList<ulong>? Roles { get; init; }

    /// <summary>Whether a reply pings the author of the message it replies to.</summary>
    public bool? RepliedUser { get; init; }

    /// <summary>Nothing pings: <c>{"parse":[],"replied_user":false}</c>.</summary>
    public static AllowedMentions None { get; } = new() { Parse = [], RepliedUser = false };
}
