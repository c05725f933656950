using System.Diagnostics;
using DealBot.Discord.Testing;
using static DealBot.Benchmarks.BenchSupport;

namespace DealBot.Benchmarks;

// Measures the Discord bot end to end, offline: the real `dealbot run` process against the fake Discord of the
// tests (loopback HTTP and WebSocket). INTERACTION_CREATE → interaction callback (the 3-second deadline's share), one
// at a time and in bursts; MESSAGE_CREATE → reply POST (typing, the whole offline answer, the send).
internal static class DiscordBenchmark
{
    private const int Warmup = 20;
    private const int Events = 300;
    private const int Bursts = 10;
    private const int BurstSize = 10;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // Each answered mention costs two requests under Discord's global limit (typing, reply): 20 a second stay below 50/s.
    private static readonly TimeSpan Paced = TimeSpan.FromMilliseconds(50);

    // Questions of both languages the offline engine answers from knowledge/; cycled so that embeddings are not all cached.
    private static readonly string[] Questions =
    [
        "How much will Nvidia invest in OpenAI?",
        "How many gigawatts of Nvidia systems will be deployed?",
        "When does the first gigawatt come online?",
        "What platform will the first phase use?",
        "How big is Nvidia's first investment?",
        "What valuation is the first investment based on?",
        "How did Nvidia's shares react to the announcement?",
        "Why do analysts worry about the deal?",
        "Is the letter of intent a final contract?",
        "How many households use as much electricity as 10 GW?",
        "英伟达将向OpenAI投资多少？",
        "第一阶段什么时候上线？",
        "英伟达的首笔投资是多少？",
        "分析师如何看待这笔交易？",
        "这份意向书是最终合同吗？",
        "OpenAI将部署多少吉瓦的英伟达系统？",
    ];

    public static async Task RunAsync()
    {
        var root = FindRoot();
        var work = Path.Combine(Path.GetTempPath(), "dealbot-bench-discord-" + Guid.NewGuid().ToString("N"));
        Console.WriteLine($"DealBot Discord benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeMode()}");
        Console.WriteLine("the real `dealbot run` process against the fake Discord on 127.0.0.1, answers offline (Llm:Provider none)");
        Console.WriteLine();
        try
        {
            CopyKnowledge(Path.Combine(root, "knowledge"), Path.Combine(work, "knowledge"));
            await using var fake = await FakeDiscordServer.StartAsync();
            fake.Gateway.HeartbeatIntervalMs = 41_250;
            var community = new FakeCommunity(fake.Ids, fake.Gateway.BotUser);
            fake.Gateway.Guilds.Add(community.Guild);

            using var bot = DiscordBotProcess.Start(new Dictionary<string, string>
            {
                ["Discord:Token"] = "MTAwMQ.bench.not-a-real-token",
                ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
                ["Knowledge:SourceDirectory"] = Path.Combine(work, "knowledge"),
                ["Knowledge:DataDirectory"] = Path.Combine(work, "data"),
                ["Llm:Provider"] = "none",
                ["VectorStore:Provider"] = "embedded",
                // Hundreds of questions from a handful of members: the per-member limit would refuse most of them.
                ["Bot:QuestionsPerUserPerMinute"] = "600",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:DealBot"] = "Warning",
            });
            var startup = Stopwatch.StartNew();
            await WaitUntilReadyAsync(fake, bot);
            var ready = startup.Elapsed;

            await MeasureInteractionsAsync(fake, community, Warmup);
            await MeasureMessagesAsync(fake, community, Warmup, Paced);
            var interactions = await MeasureInteractionsAsync(fake, community, Events);
            var burst = await MeasureInteractionBurstsAsync(fake, community);
            var messages = await MeasureMessagesAsync(fake, community, Events, Paced);
            var backToBack = await MeasureMessagesAsync(fake, community, Events, TimeSpan.Zero);
            Require(fake.Rest.RefusedBodies.Count == 0, "the fake refused bodies Discord would refuse: " + string.Join("; ", fake.Rest.RefusedBodies.Select(r => r.Reason)));

            Console.WriteLine("| measure | p50 | p95 | p99 | max | target |");
            Console.WriteLine("|---|---|---|---|---|---|");
            Row($"INTERACTION_CREATE `/ask` → callback (type 5), one at a time ({interactions.Count})", interactions, "p99 ≤ 500 ms");
            Row($"INTERACTION_CREATE `/ask` → callback, bursts of {BurstSize} at once ({burst.Count})", burst, "p99 ≤ 500 ms");
            Row($"MESSAGE_CREATE mention → reply POST, offline answer included, ≤ 20 questions/s ({messages.Count})", messages, "p95 ≤ 300 ms");
            Row($"the same, back to back (~2 requests each: the bot waits for Discord's global 50 requests/s) ({backToBack.Count})", backToBack, "");
            Console.WriteLine();
            Console.WriteLine($"Bot process start to commands registered (index built from knowledge/ on first start): {ready.TotalSeconds:F1} s");
            Console.WriteLine($"Busiest second: {BusiestSecond(fake.Rest.Requests)} REST requests outside interaction routes (the bot paces itself to Discord's global 50/s).");
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task WaitUntilReadyAsync(FakeDiscordServer fake, DiscordBotProcess bot)
    {
        var deadline = Stopwatch.StartNew();
        while (!fake.Rest.Requests.Any(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal)))
        {
            Require(!bot.HasExited, "the bot exited before registering its commands: " + bot.Output());
            Require(deadline.Elapsed < Patience, "the bot did not register its commands within " + Patience);
            await Task.Delay(50);
        }
    }

    private static async Task<List<double>> MeasureInteractionsAsync(FakeDiscordServer fake, FakeCommunity community, int count)
    {
        var delays = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var exchange = await fake.SendCommandAsync(community.Ask(Member(community, i), Questions[i % Questions.Length]));
            var callback = await exchange.WaitForCallbackAsync(Patience);
            delays.Add(exchange.Delay(callback).TotalMilliseconds);

            // The answer is finished before the next question: this row is the bot's own reaction time.
            await exchange.WaitForResponseMessageAsync(Patience);
        }

        delays.Sort();
        return delays;
    }

    private static async Task<List<double>> MeasureInteractionBurstsAsync(FakeDiscordServer fake, FakeCommunity community)
    {
        var delays = new List<double>(Bursts * BurstSize);
        for (var b = 0; b < Bursts; b++)
        {
            var exchanges = new List<InteractionExchange>(BurstSize);
            for (var i = 0; i < BurstSize; i++)
            {
                exchanges.Add(await fake.SendCommandAsync(community.Ask(Member(community, i), Questions[(b + i) % Questions.Length])));
            }

            foreach (var exchange in exchanges)
            {
                delays.Add(exchange.Delay(await exchange.WaitForCallbackAsync(Patience)).TotalMilliseconds);
                await exchange.WaitForResponseMessageAsync(Patience);
            }
        }

        delays.Sort();
        return delays;
    }

    /// <param name="spacing">The least time between two questions' dispatches (zero: back to back).</param>
    private static async Task<List<double>> MeasureMessagesAsync(FakeDiscordServer fake, FakeCommunity community, int count, TimeSpan spacing)
    {
        var delays = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var pace = Task.Delay(spacing);
            var exchange = await fake.SendMessageAsync(community.Mention(Member(community, i), Questions[i % Questions.Length]));
            var reply = await exchange.WaitForReplyAsync(Patience);
            delays.Add(exchange.Delay(reply.Request).TotalMilliseconds);
            await pace;
        }

        delays.Sort();
        return delays;
    }

    private static FakeUser Member(FakeCommunity community, int i) => (i % 3) switch
    {
        0 => community.Alice,
        1 => community.Bob,
        _ => community.Moderator,
    };

    /// <summary>The most requests subject to Discord's global limit (interaction routes are exempt) within one second.</summary>
    private static int BusiestSecond(IReadOnlyList<RecordedRequest> requests)
    {
        var stamps = requests.Where(r => !r.Path.StartsWith("/interactions/", StringComparison.Ordinal) && !r.Path.StartsWith("/webhooks/", StringComparison.Ordinal))
            .Select(r => r.Timestamp).Order().ToList();
        var busiest = 0;
        for (int first = 0, last = 0; last < stamps.Count; last++)
        {
            while (stamps[last] - stamps[first] >= Stopwatch.Frequency)
            {
                first++;
            }

            busiest = Math.Max(busiest, last - first + 1);
        }

        return busiest;
    }

    private static void Row(string measure, List<double> sorted, string target)
        => Console.WriteLine($"| {measure} | {Percentile(sorted, 0.50):F1} ms | {Percentile(sorted, 0.95):F1} ms | {Percentile(sorted, 0.99):F1} ms | {sorted[^1]:F1} ms | {target} |");

    private static void CopyKnowledge(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
