using DealBot.Bot;
using DealBot.Discord.Gateway;
using DealBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DealBot.Tests.Bot.Unit;

public sealed class DiscordBotServiceTests
{
    [Fact]
    public async Task A_broken_knowledge_directory_stops_the_bot_with_the_reason_before_it_connects()
    {
        var data = Directory.CreateTempSubdirectory("dealbot-bot-start-");
        try
        {
            var builder = DealBotHost.CreateBotBuilder([], c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Discord:Token"] = "test-token",
                ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
                ["Knowledge:SourceDirectory"] = Path.Combine(data.FullName, "missing"),
                ["Knowledge:DataDirectory"] = data.FullName,
            }));
            using var host = builder.Build();
            var stopping = new TaskCompletionSource();
            host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());

            await host.StartAsync();
            await stopping.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await host.StopAsync();

            var failure = host.Services.GetRequiredService<DiscordBotService>().StartFailure;
            Assert.IsType<DirectoryNotFoundException>(failure);
            Assert.Contains("missing", failure.Message, StringComparison.Ordinal);
            Assert.NotEqual(GatewayConnectionState.Connected, host.Services.GetRequiredService<IDiscordGatewayClient>().Status.State);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
