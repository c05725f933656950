using System.Text.Json.Nodes;

namespace DealBot.Discord.Testing;

/// <summary>
/// An option of an invoked slash command (<c>data.options[]</c>): a value, or a sub-command holding its own options.
/// An attachment option's value is the attachment id; the file itself travels in <c>data.resolved.attachments</c>.
/// </summary>
public sealed record CommandOption(string Name, int Type, JsonNode? Value, IReadOnlyList<CommandOption> Options, FakeAttachment? Attachment = null)
{
    public const int SubCommandType = 1;
    public const int StringType = 3;
    public const int IntegerType = 4;
    public const int BooleanType = 5;
    public const int AttachmentType = 11;

    public static CommandOption String(string name, string value) => new(name, StringType, JsonValue.Create(value), []);

    public static CommandOption Integer(string name, long value) => new(name, IntegerType, JsonValue.Create(value), []);

    public static CommandOption Boolean(string name, bool value) => new(name, BooleanType, JsonValue.Create(value), []);

    public static CommandOption File(string name, FakeAttachment attachment)
        => new(name, AttachmentType, JsonValue.Create(FakeJson.Id(attachment.Id)), [], attachment);

    public static CommandOption SubCommand(string name, params CommandOption[] options) => new(name, SubCommandType, null, options);

    /// <summary>This option and every option nested under it.</summary>
    public IEnumerable<CommandOption> SelfAndDescendants() => Options.SelectMany(o => o.SelfAndDescendants()).Prepend(this);

    public JsonObject ToJson()
    {
        var option = new JsonObject { ["name"] = Name, ["type"] = Type };
        if (Value is not null)
        {
            option["value"] = Value.DeepClone();
        }

        // Discord leaves "options" out of a sub-command invoked without any.
        if (Options.Count > 0)
        {
            option["options"] = new JsonArray(Options.Select(o => (JsonNode?)o.ToJson()).ToArray());
        }

        return option;
    }
}
