using DealBot.Discord.Models;

namespace DealBot.Discord;

/// <summary>Measures embeds and shortens them to Discord's per-field and per-message limits.</summary>
public static class EmbedFitter
{
    /// <summary>The characters an embed counts towards <see cref="DiscordLimits.EmbedTotal"/>.</summary>
    public static int CountCharacters(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        var total = (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0)
            + (embed.Footer?.Text.Length ?? 0) + (embed.Author?.Name.Length ?? 0);
        foreach (var field in embed.Fields ?? [])
        {
            total += field.Name.Length + field.Value.Length;
        }

        return total;
    }

    /// <summary>
    /// Returns a copy of <paramref name="embed"/> within every per-field limit, with at most 25 fields, and
    /// with the description shortened so the whole embed fits <paramref name="totalBudget"/> characters (as far as
    /// shortening the description can; callers splitting long text keep the other parts small).
    /// </summary>
    public static Embed Fit(Embed embed, int totalBudget = DiscordLimits.EmbedTotal)
    {
        ArgumentNullException.ThrowIfNull(embed);
        var fitted = embed with
        {
            Title = Shorten(embed.Title, DiscordLimits.EmbedTitle),
            Description = Shorten(embed.Description, DiscordLimits.EmbedDescription),
            Footer = embed.Footer is null ? null : embed.Footer with { Text = DiscordText.Truncate(embed.Footer.Text, DiscordLimits.EmbedFooter) },
            Author = embed.Author is null ? null : embed.Author with { Name = DiscordText.Truncate(embed.Author.Name, DiscordLimits.EmbedAuthorName) },
            Fields = embed.Fields?.Take(DiscordLimits.EmbedFields).Select(f => f with
            {
                Name = DiscordText.Truncate(f.Name, DiscordLimits.EmbedFieldName),
                Value = DiscordText.Truncate(f.Value, DiscordLimits.EmbedFieldValue),
            }).ToList(),
        };

        var overflow = CountCharacters(fitted) - totalBudget;
        if (overflow > 0 && fitted.Description is { } description)
        {
            // The description is the long free text; titles, fields and footers carry the structure.
            var keep = Math.Max(2, description.Length - overflow);
            fitted = fitted with { Description = DiscordText.Truncate(description, keep) };
        }

        return fitted;
    }

    private static string? Shorten(string? text, int max) => text is null ? null : DiscordText.Truncate(text, max);
}
