using DealBot.Answering.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DealBot.Answering.Tests.Llm;

public sealed class LlmOptionsTests
{
    [Theory]
    [InlineData("none", null, null, null, true)]
    [InlineData("openai", null, "gpt-4o-mini", "key", true)]
    [InlineData("openai", null, null, "key", false)]
    [InlineData("openai", null, "gpt-4o-mini", null, false)]
    [InlineData("azure-openai", null, "deployment", "key", false)]
    [InlineData("azure-openai", "https://example.openai.azure.com/", "deployment", "key", true)]
    [InlineData("openai-compatible", "http://localhost:11434/v1", "llama3.1", null, true)]
    [InlineData("openai-compatible", null, "llama3.1", null, false)]
    [InlineData("gemini", null, "x", "key", false)]
    public void Validate_ProviderRules_Enforced(string provider, string? endpoint, string? model, string? key, bool valid)
    {
        var options = new LlmOptions { Provider = provider, Endpoint = endpoint is null ? null : new Uri(endpoint), Model = model, ApiKey = key };

        var result = new LlmOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public void AddLlmAnswerer_ProviderNone_AnswererDisabled()
    {
        using var provider = Services(new Dictionary<string, string?> { ["Llm:Provider"] = "none" });

        Assert.False(provider.GetRequiredService<ILlmAnswerer>().IsEnabled);
    }

    [Fact]
    public void AddLlmAnswerer_OpenAICompatible_ChatClientWithFunctionInvocation()
    {
        using var provider = Services(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "openai-compatible",
            ["Llm:Endpoint"] = "http://localhost:11434/v1",
            ["Llm:Model"] = "llama3.1",
        });

        var client = provider.GetRequiredService<LlmChatClientFactory>().Create();

        Assert.NotNull(client);
        Assert.NotNull(client.GetService<FunctionInvokingChatClient>());
        Assert.True(provider.GetRequiredService<ILlmAnswerer>().IsEnabled);
    }

    [Fact]
    public void AddLlmAnswerer_AzureOpenAI_ChatClientCreated()
    {
        using var provider = Services(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "azure-openai",
            ["Llm:Endpoint"] = "https://example.openai.azure.com/",
            ["Llm:Model"] = "gpt-4o",
            ["Llm:ApiKey"] = "test-key",
        });

        Assert.NotNull(provider.GetRequiredService<LlmChatClientFactory>().Create());
    }

    [Fact]
    public void AddLlmAnswerer_InvalidOptions_FailsWithMessage()
    {
        using var provider = Services(new Dictionary<string, string?> { ["Llm:Provider"] = "openai" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains("Llm:Model", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Moq.Mock.Of<DealBot.Core.Facts.IKnowledgeCatalog>());
        services.AddSingleton(Moq.Mock.Of<DealBot.Core.Retrieval.IKnowledgeSearch>());
        services.AddLlmAnswerer(configuration);
        return services.BuildServiceProvider();
    }
}
