using System.CommandLine;
using System.Globalization;
using DealBot.Hosting;
using DealBot.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DealBot.Cli;

/// <summary>`audit show MESSAGE_ID`: explains a past answer from its audit record (any of its message ids will do).</summary>
internal static class AuditVerb
{
    public static Command Create()
    {
        var messageId = new Argument<string>("message-id") { Description = "The Discord id of one of the answer's messages" };
        var show = new Command("show", "Explain a past answer: question, answer, passages, tool calls, verdict, latency") { messageId };
        show.SetAction((parse, ct) => VerbRunner.RunAsync(
            parse,
            () => CommandLineLimits.CommandLineProblem(parse) ?? (Snowflake(parse.GetValue(messageId)) is null ? $"not a message id: {OneLine.Of(parse.GetValue(messageId) ?? string.Empty, 40)}" : null),
            async (services, token) =>
            {
                var id = Snowflake(parse.GetValue(messageId))!.Value;
                var record = await services.GetRequiredService<AuditTrail>().FindAsync(id, token).ConfigureAwait(false);
                if (record is null)
                {
                    var days = services.GetRequiredService<IOptions<OperationsOptions>>().Value.RetentionDays;
                    throw new UserErrorException($"no audit record for message {id} (records are kept for {days} days)");
                }

                AuditText.Write(Console.Out, record);
                return ExitCodes.Success;
            },
            ct));
        return new Command("audit", "Read the audit records of past answers") { show };
    }

    private static ulong? Snowflake(string? text) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 && id <= long.MaxValue ? id : null;
}
