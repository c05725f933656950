using System.Globalization;
using System.Text.Json;
using DealBot.Answering.Llm.Preview;

namespace DealBot.Cli;

/// <summary>Writes a rendered model request: for people (each message in full, then each tool) or as JSON.</summary>
internal static class PromptText
{
    private static readonly JsonSerializerOptions Indented = new(CliJson.Options) { WriteIndented = true };

    public static void Write(TextWriter output, ModelRequestView request)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {request.Prompt} for \"{request.Question}\" ({request.Language}): {request.PassageCount} passages retrieved, temperature {request.Temperature?.ToString(CultureInfo.InvariantCulture) ?? "default"}"));
        if (!request.SentToModel)
        {
            output.WriteLine("# note: the engine answers this question without a model (refused, small talk or out of scope); this is what a model would get otherwise");
        }

        for (var i = 0; i < request.Messages.Count; i++)
        {
            var message = request.Messages[i];
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## message {i + 1}: {message.Role} ({message.Source})"));
            output.WriteLine(message.Text);
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## tools ({request.Tools.Count})"));
        foreach (var tool in request.Tools)
        {
            output.WriteLine();
            output.WriteLine($"### {tool.Name}");
            output.WriteLine(tool.Description);
            output.WriteLine(JsonSerializer.Serialize(tool.Parameters, Indented));
        }
    }

    /// <summary>The request as one JSON object; the tools in the chat-completions wire shape.</summary>
    public static string Json(ModelRequestView request) => CliJson.Serialize(new
    {
        prompt = request.Prompt,
        question = request.Question,
        language = request.Language,
        sent_to_model = request.SentToModel,
        passages = request.PassageCount,
        temperature = request.Temperature,
        messages = request.Messages.Select(m => new { role = m.Role, source = m.Source, content = m.Text }),
        tools = request.Tools.Select(t => new { type = "function", function = new { name = t.Name, description = t.Description, parameters = t.Parameters } }),
    });
}
