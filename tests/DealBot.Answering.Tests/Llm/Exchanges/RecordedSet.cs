using DealBot.Answering.Evaluation;
using DealBot.Answering.Llm.Exchanges;
using DealBot.Answering.Tests.Engine;
using DealBot.Answering.Tests.Llm.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static DealBot.Answering.Tests.Llm.Http.ChatCompletionsWire;

namespace DealBot.Answering.Tests.Llm.Exchanges;

/// <summary>
/// The recorded set kept with the tests (Resources/Recorded): its questions, the local model server that played the
/// model when it was recorded, and engines that record against that server or replay the set without a model.
/// </summary>
internal static class RecordedSet
{
    /// <summary>When the set was recorded: the replay answers as of then.</summary>
    public static readonly DateTimeOffset RecordedAt = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Resources", "Recorded");

    public static string Exchanges => Path.Combine(Folder, "exchanges");

    public static IReadOnlyList<Expectation> Questions => Expectation.ParseLines(File.ReadAllLines(Path.Combine(Folder, "questions.jsonl")));

    /// <summary>
    /// The model as scripted for the set: per gigawatt, a Calculator_PerUnit call and then an answer quoting its
    /// result; the total, a direct answer; the planned investment, first an ungrounded number, then after the
    /// verifier's complaint a grounded answer.
    /// </summary>
    public static ModelServer Server(ExchangeMode mode, string directory) =>
        new ModelServer(ProviderCase.OpenAICompatible, configure: services =>
        {
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(RecordedAt));
            services.AddModelExchanges(mode, directory);
        })
            .On(ModelServer.Json(Reply("Up to US$100 billion over at least 10 GW works out at US$10 billion per GW, as reported in September 2025.", "deal-structure-en/p0")), bodyContains: "tool_call_id", priority: 1)
            .On(ModelServer.Json(ToolCall("Calculator_PerUnit", new { amount = 100000000000m, count = 10, per = "GW", inputs = new[] { "deal-structure-en#nvidia-investment-total" } })), bodyContains: "per gigawatt", priority: 2)
            .On(ModelServer.Json(Reply("Nvidia plans to invest up to US$100 billion in OpenAI, as reported in September 2025.", "deal-structure-en/p0")), bodyContains: "number check", priority: 3)
            .On(ModelServer.Json(Reply("Nvidia's planned investment is US$300 billion.", "deal-structure-en/p0")), bodyContains: "planned investment", priority: 4)
            .On(ModelServer.Json(Reply("Nvidia plans to invest up to US$100 billion in OpenAI.", "deal-structure-en/p0")), priority: 5);

    /// <summary>An engine with no model configured that replays <paramref name="directory"/>.</summary>
    public static ServiceProvider Replay(string directory) =>
        StubEngine.Provider(null, new Dictionary<string, string?> { ["Llm:Provider"] = "none" }, configure: services => services.AddModelExchanges(ExchangeMode.Replay, directory));

    public static Task<IReadOnlyList<ExpectationResult>> RunAsync(IServiceProvider services) =>
        ExpectationRunner.RunAsync(services.GetRequiredService<ExchangeAnswerService>(), Questions);

    /// <summary>A private copy of the set's exchanges, to break.</summary>
    public static string Copy()
    {
        var copy = Path.Combine(Path.GetTempPath(), "dealbot-exchanges-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(Exchanges))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }
}
