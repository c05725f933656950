using System.Diagnostics;
using System.Text;

namespace DealBot.Discord.Testing;

/// <summary>Scenario steps: what a Discord user does (posts, invokes a command, uploads a file) delivered to the client.</summary>
public sealed partial class FakeDiscordServer
{
    /// <summary>Delivers MESSAGE_CREATE on <paramref name="via"/> (default: the latest connection).</summary>
    public async Task<MessageExchange> SendMessageAsync(FakeMessage message, FakeGatewayConnection? via = null)
    {
        var dispatch = await Connection(via).SendDispatchAsync("MESSAGE_CREATE", message.ToPayload());
        return new MessageExchange(message, dispatch, Rest);
    }

    /// <summary>Delivers INTERACTION_CREATE for a slash command on <paramref name="via"/> (default: the latest connection).</summary>
    public async Task<InteractionExchange> SendCommandAsync(SlashCommand command, FakeGatewayConnection? via = null)
    {
        var connection = Connection(via);
        var id = Ids.Next();
        var token = SlashCommand.NewToken(id);
        var payload = command.ToPayload(id, Gateway.ApplicationId, token);

        // Registered (and stamped) before sending: a fast client may call back before the send returns.
        var sequence = Gateway.NextSequence();
        var dispatch = new SentDispatch("INTERACTION_CREATE", sequence, Stopwatch.GetTimestamp());
        var interaction = new DispatchedInteraction(id, token, Gateway.ApplicationId, command.ChannelId, SlashCommand.ApplicationCommandType, dispatch);
        Rest.Expect(interaction);
        await connection.SendDispatchAsync("INTERACTION_CREATE", payload, sequence);
        return new InteractionExchange(interaction, Rest);
    }

    /// <summary>Delivers INTERACTION_CREATE for a button click or a modal submission (default: the latest connection).</summary>
    public async Task<InteractionExchange> SendComponentAsync(ComponentInteraction component, FakeGatewayConnection? via = null)
    {
        var connection = Connection(via);
        var id = Ids.Next();
        var token = SlashCommand.NewToken(id);
        var payload = component.ToPayload(id, Gateway.ApplicationId, token, Gateway.BotUser.Id);
        var sequence = Gateway.NextSequence();
        var dispatch = new SentDispatch("INTERACTION_CREATE", sequence, Stopwatch.GetTimestamp());
        var interaction = new DispatchedInteraction(id, token, Gateway.ApplicationId, component.ChannelId, component.Type, dispatch);
        Rest.Expect(interaction);
        await connection.SendDispatchAsync("INTERACTION_CREATE", payload, sequence);
        return new InteractionExchange(interaction, Rest);
    }

    /// <summary>Puts a file on the fake CDN, as Discord does with an upload, and returns its attachment object.</summary>
    public FakeAttachment UploadAttachment(string fileName, string content, string contentType = "text/markdown; charset=utf-8", ulong channelId = 600)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var id = Ids.Next();
        var url = new Uri(BaseAddress, $"attachments/{FakeJson.Id(channelId)}/{FakeJson.Id(id)}/{Uri.EscapeDataString(fileName)}?ex=68d3f1a0&is=68d2a020&hm=0f1e2d3c4b5a");
        Cdn.Add(id, bytes, contentType);
        return new FakeAttachment(id, fileName, bytes.Length, url, contentType);
    }

    private FakeGatewayConnection Connection(FakeGatewayConnection? via)
        => via ?? Gateway.LatestConnection ?? throw new InvalidOperationException("No client has connected to the fake gateway yet.");
}
