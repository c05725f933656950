using System.Text.Json;
using System.Text.RegularExpressions;

namespace DealBot.Discord.Testing;

/// <summary>
/// The checks Discord applies to a bulk command overwrite (application-commands.mdx): at most 100 commands;
/// names 1–32 lowercase characters of the documented pattern; slash-command and option descriptions 1–100; at
/// most 25 options, unique names, required ones before optional ones; sub-commands not mixed with plain options;
/// <c>default_member_permissions</c> null or a decimal string. Real Discord answers a violation with a 400 and
/// registers nothing, so the fake does too.
/// </summary>
public static partial class CommandRules
{
    private const int ChatInput = 1;
    private const int SubCommand = 1;
    private const int SubCommandGroup = 2;

    /// <summary>Why the overwrite would be refused, or null when Discord would accept it.</summary>
    public static string? Check(JsonElement commands)
    {
        if (commands.ValueKind != JsonValueKind.Array)
        {
            return "the body must be an array of commands";
        }

        if (commands.GetArrayLength() > 100)
        {
            return "at most 100 commands";
        }

        var names = new HashSet<string>();
        foreach (var command in commands.EnumerateArray())
        {
            var name = Text(command, "name");
            var type = command.TryGetProperty("type", out var t) ? t.GetInt32() : ChatInput;
            var problem = CheckName(name)
                ?? (names.Add($"{type}:{name}") ? null : $"{name}: registered twice")
                ?? (type == ChatInput ? CheckDescription(name, command) : null)
                ?? CheckPermissions(name, command)
                ?? CheckOptions(name, command, depth: 0);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? CheckOptions(string path, JsonElement owner, int depth)
    {
        if (!owner.TryGetProperty("options", out var options) || options.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var list = options.EnumerateArray().ToList();
        if (list.Count > 25)
        {
            return $"{path}: at most 25 options";
        }

        var kinds = list.Select(o => o.GetProperty("type").GetInt32()).ToList();
        var nested = kinds.Count(k => k is SubCommand or SubCommandGroup);
        if (nested > 0 && nested < list.Count)
        {
            return $"{path}: sub-commands cannot sit beside plain options";
        }

        var seenOptional = false;
        var names = new HashSet<string>();
        foreach (var option in list)
        {
            var name = Text(option, "name");
            var type = option.GetProperty("type").GetInt32();
            var required = option.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
            var problem = CheckName(name)
                ?? (names.Add(name) ? null : $"{path} {name}: option name used twice")
                ?? CheckDescription($"{path} {name}", option)
                ?? (type is < 1 or > 11 ? $"{path} {name}: unknown option type {type}" : null)
                ?? (required && seenOptional ? $"{path} {name}: required options must come before optional ones" : null)
                ?? (required && type is SubCommand or SubCommandGroup ? $"{path} {name}: a sub-command cannot be required" : null)
                ?? (type == SubCommandGroup && depth > 0 ? $"{path} {name}: groups nest only at the top" : null)
                ?? (type is SubCommand or SubCommandGroup ? CheckOptions($"{path} {name}", option, depth + 1) : null);
            if (problem is not null)
            {
                return problem;
            }

            seenOptional |= !required && type is not (SubCommand or SubCommandGroup);
        }

        return null;
    }

    private static string? CheckName(string name)
        => NamePattern().IsMatch(name) && name == name.ToLowerInvariant() ? null : $"invalid name '{name}' (1-32 lowercase letters, digits, - _ ')";

    private static string? CheckDescription(string path, JsonElement element)
    {
        if (Text(element, "description").Length is < 1 or > 100)
        {
            return $"{path}: description must be 1-100 characters";
        }

        // Translations obey the same limits as the text they translate.
        return element.TryGetProperty("description_localizations", out var localized) && localized.ValueKind == JsonValueKind.Object
            ? localized.EnumerateObject().Where(l => (l.Value.GetString() ?? "").Length is < 1 or > 100).Select(l => $"{path}: description ({l.Name}) must be 1-100 characters").FirstOrDefault()
            : null;
    }

    private static string? CheckPermissions(string path, JsonElement command)
    {
        if (!command.TryGetProperty("default_member_permissions", out var permissions) || permissions.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return permissions.ValueKind == JsonValueKind.String && ulong.TryParse(permissions.GetString(), out _)
            ? null
            : $"{path}: default_member_permissions must be a decimal string or null";
    }

    private static string Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
