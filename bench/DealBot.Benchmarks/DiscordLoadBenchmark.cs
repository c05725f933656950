using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DealBot.Discord.Testing;
using DealBot.Discord.Testing.Load;
using static DealBot.Benchmarks.BenchSupport;

namespace DealBot.Benchmarks;

/// <summary>
/// Load and soak of the real bot (<c>dealbot run</c>: the composition root, the offline engine on the embedded store
/// built from knowledge/) against the fake Discord, which holds it to Discord's global 50 requests a second and the
/// 3-second interaction deadline. Load: 1,000 questions from 200 members (mentions, replies to earlier answers, DMs,
/// <c>/ask</c>), at most 32 in flight; every question must get exactly one reply. Soak: a steady rate for N minutes
/// with the bot's working set, GC heap, threads and handles sampled each minute.
/// Usage: <c>discord-load [--soak-minutes N] [--rate R] [--questions N] [--members N] [--in-flight N]</c>.
/// </summary>
internal static class DiscordLoadBenchmark
{
    private const int GlobalLimit = 50;
    private const int WarmupQuestions = 8;
    private const double FlatTolerance = 0.10;
    private static readonly TimeSpan AckDeadline = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (LoadSettings.Parse(args, out var error) is not { } settings)
        {
            await Console.Error.WriteLineAsync(error);
            return 2;
        }

        var root = FindRoot();
        var random = new Random(20250922);
        var pool = LoadQuestionPool.Load(root, maxQuestionLength: 500, random);
        var work = Path.Combine(Path.GetTempPath(), "dealbot-bench-load-" + Guid.NewGuid().ToString("N"));
        Console.WriteLine($"DealBot Discord load benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeMode()}");
        Console.WriteLine($"the real `dealbot run` process (default Bot settings) against the fake Discord on 127.0.0.1, answers offline; the fake allows {GlobalLimit} requests/s outside interaction routes and interaction callbacks within 3 s");
        Console.WriteLine($"questions: {pool.Singles.Count} single questions and {pool.Conversations.Count} conversations (dev questions and the community sets, English and Chinese)");
        Console.WriteLine();
        try
        {
            CopyDirectory(Path.Combine(root, "knowledge"), Path.Combine(work, "knowledge"));
            await using var fake = await FakeDiscordServer.StartAsync();
            fake.Gateway.HeartbeatIntervalMs = 41_250;
            fake.Rest.GlobalRequestsPerSecond = GlobalLimit;
            var community = new FakeCommunity(fake.Ids, fake.Gateway.BotUser);
            fake.Gateway.Guilds.Add(community.Guild);
            var watch = new ReplyWatch(fake.Rest);
            var healthPort = FreePort();

            using var bot = DiscordBotProcess.Start(new Dictionary<string, string>
            {
                ["Discord:Token"] = "MTAwMQ.bench.not-a-real-token",
                ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
                ["Knowledge:SourceDirectory"] = Path.Combine(work, "knowledge"),
                ["Knowledge:DataDirectory"] = Path.Combine(work, "data"),
                ["Llm:Provider"] = "none",
                ["VectorStore:Provider"] = "embedded",
                ["Health:Port"] = healthPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            await WaitUntilReadyAsync(fake, bot);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var sampler = new BotResourceSampler(bot.ProcessId, new Uri($"http://127.0.0.1:{healthPort}/metrics"), http);

            // A few questions one at a time first, from members of their own: the first answers pay for loading the model.
            var warmup = new LoadDriver(fake, community, watch, Patience);
            for (var i = 0; i < WarmupQuestions; i++)
            {
                await warmup.AskAsync(Members("warmup", 1, fake.Ids)[0], i % 2 == 0 ? AskedVia.Mention : AskedVia.Slash, pool.Singles[pool.Singles.Count - 1 - i], parent: null);
            }

            var load = await RunLoadAsync(fake, community, watch, bot, pool, settings, random);
            PrintLoad(load, settings);

            SoakResult? soak = null;
            if (settings.SoakMinutes > 0)
            {
                Console.Error.WriteLine($"soak: {settings.SoakMinutes} min at {settings.SoakRate} questions/s…");
                soak = await RunSoakAsync(fake, community, watch, bot, sampler, pool, settings, random);
                PrintSoak(soak, settings);
            }

            var failures = load.Failures(settings).Concat(soak?.Failures() ?? []).ToList();
            Console.WriteLine();
            Console.WriteLine(failures.Count == 0 ? "All checks passed." : "FAILED: " + string.Join("; ", failures));
            return failures.Count == 0 ? 0 : 1;
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

    private static async Task<LoadResult> RunLoadAsync(
        FakeDiscordServer fake, FakeCommunity community, ReplyWatch watch, DiscordBotProcess bot, LoadQuestionPool pool, LoadSettings settings, Random random)
    {
        var members = Members("member", settings.Members, fake.Ids);
        var items = LoadPlan.Build(pool, members, settings.Questions, random);
        var driver = new LoadDriver(fake, community, watch, Patience);
        var errorsBefore = bot.ErrorLines;
        var exchangesBefore = fake.Rest.Exchanges.Count;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxInFlight }, async (item, _) => await driver.PlayAsync(item));
        var elapsed = clock.Elapsed;

        // Late stragglers (a second reply) would come within moments; give them the chance to be counted.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var exchanges = fake.Rest.Exchanges.Skip(exchangesBefore).ToList();
        return new LoadResult(
            driver.Asked,
            ReplyLedger.Check(driver.Asked, exchanges, AckDeadline),
            elapsed,
            BusiestSecond(exchanges),
            Notices(exchanges),
            bot.ErrorLines - errorsBefore,
            members.Count);
    }

    private static async Task<SoakResult> RunSoakAsync(
        FakeDiscordServer fake, FakeCommunity community, ReplyWatch watch, DiscordBotProcess bot, BotResourceSampler sampler,
        LoadQuestionPool pool, LoadSettings settings, Random random)
    {
        // Enough members that none asks more than twice a minute: the bot's per-member limit (5) is not what is measured.
        var members = Members("soaker", Math.Max(settings.Members, (int)Math.Ceiling(settings.SoakRate * 60 / 2)), fake.Ids);
        var driver = new LoadDriver(fake, community, watch, Patience);
        var recentAnswers = new List<(FakeUser Member, FakeMessage Answer)>();
        var pace = new MemberPace(perMinute: 3);
        var running = new List<Task>();
        var inFlight = 0;
        var skipped = 0;
        var errorsBefore = bot.ErrorLines;
        var exchangesBefore = fake.Rest.Exchanges.Count;
        var duration = TimeSpan.FromMinutes(settings.SoakMinutes);
        var samples = new List<ResourceSample>();
        var clock = Stopwatch.StartNew();
        samples.Add(await sampler.SampleAsync(TimeSpan.Zero, CancellationToken.None));
        var nextSample = TimeSpan.FromMinutes(1);

        using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(1 / settings.SoakRate));
        for (var n = 0; clock.Elapsed < duration; n++)
        {
            await ticks.WaitForNextTickAsync();
            if (clock.Elapsed >= nextSample)
            {
                samples.Add(await sampler.SampleAsync(nextSample, CancellationToken.None));
                nextSample += TimeSpan.FromMinutes(1);
            }

            if (Volatile.Read(ref inFlight) >= settings.MaxInFlight)
            {
                skipped++;
                continue;
            }

            var member = members[n % members.Count];
            var text = pool.Single(n + WarmupQuestions + settings.Questions);
            FakeMessage? parent = null;
            lock (recentAnswers)
            {
                if (recentAnswers.Count > 0 && random.NextDouble() < 0.15)
                {
                    // A follow-up by the member who asked, unless that member already asked three times in the last minute:
                    // the bot's per-member limit (5 a minute) is not what the soak measures.
                    var (asker, answer) = recentAnswers[random.Next(recentAnswers.Count)];
                    if (pace.TryAsk(asker, clock.Elapsed))
                    {
                        (member, parent) = (asker, answer);
                    }
                }
            }

            if (parent is null && !pace.TryAsk(member, clock.Elapsed))
            {
                skipped++;
                continue;
            }

            var via = parent is null ? LoadPlan.FirstVia(random) : AskedVia.Reply;
            Interlocked.Increment(ref inFlight);
            running.Add(Task.Run(async () =>
            {
                try
                {
                    if (await driver.AskAsync(member, via, text, parent) is { } answer)
                    {
                        lock (recentAnswers)
                        {
                            recentAnswers.Add((member, answer));
                            if (recentAnswers.Count > 100)
                            {
                                recentAnswers.RemoveAt(0);
                            }
                        }
                    }
                }
                finally
                {
                    Interlocked.Decrement(ref inFlight);
                }
            }));
        }

        await Task.WhenAll(running);
        if (clock.Elapsed - samples[^1].At > TimeSpan.FromSeconds(15))
        {
            samples.Add(await sampler.SampleAsync(clock.Elapsed, CancellationToken.None));
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var exchanges = fake.Rest.Exchanges.Skip(exchangesBefore).ToList();
        return new SoakResult(
            driver.Asked,
            ReplyLedger.Check(driver.Asked, exchanges, AckDeadline),
            clock.Elapsed,
            skipped,
            BusiestSecond(exchanges),
            Notices(exchanges),
            bot.ErrorLines - errorsBefore,
            samples);
    }

    private static void PrintLoad(LoadResult load, LoadSettings settings)
    {
        var account = load.Account;
        var asked = load.Asked.CountBy(q => q.Via).ToDictionary();
        Console.WriteLine($"## Load: {account.Asked} questions from {load.Members} members, at most {settings.MaxInFlight} in flight");
        Console.WriteLine();
        Console.WriteLine("| measure | value | target |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| questions asked (mentions / replies / DMs / `/ask`) | {account.Asked} ({asked.GetValueOrDefault(AskedVia.Mention)} / {asked.GetValueOrDefault(AskedVia.Reply)} / {asked.GetValueOrDefault(AskedVia.Direct)} / {asked.GetValueOrDefault(AskedVia.Slash)}) | {settings.Questions} |");
        Console.WriteLine($"| duration, throughput | {load.Elapsed.TotalSeconds:F1} s, {account.Asked / load.Elapsed.TotalSeconds:F1} questions/s | |");
        Console.WriteLine($"| errors (REST refusals / bot error log lines / notices instead of answers) | {account.Failures.Count + load.BotErrors + load.Notices.Count} ({account.Failures.Count} / {load.BotErrors} / {load.Notices.Count}) | 0 |");
        Console.WriteLine($"| duplicate replies | {account.Duplicated.Count} | 0 |");
        Console.WriteLine($"| lost replies (no reply within {Patience.TotalSeconds:F0} s) | {account.Lost.Count} | 0 |");
        Console.WriteLine($"| replies to no question asked | {account.UnmatchedReplies} | 0 |");
        Console.WriteLine($"| interaction acknowledged: p50 / p99 / max ({account.Acknowledgement.Count}) | {Ms(account.Acknowledgement.P50)} / {Ms(account.Acknowledgement.P99)} / {Ms(account.Acknowledgement.Max)} | max < 3 s |");
        Console.WriteLine($"| acknowledged at 3 s or later | {account.LateAcknowledgements.Count} | 0 |");
        Console.WriteLine($"| question → reply: p50 / p95 / p99 / max | {Ms(account.QuestionToReply.P50)} / {Ms(account.QuestionToReply.P95)} / {Ms(account.QuestionToReply.P99)} / {Ms(account.QuestionToReply.Max)} | reported |");
        Console.WriteLine($"| REST requests in the busiest second (global limit applies) | {load.BusiestSecond} | ≤ {GlobalLimit} |");
        Console.WriteLine($"| 429s received | {account.RateLimited} | reported |");
        PrintFailures(account, load.Notices);
    }

    private static void PrintSoak(SoakResult soak, LoadSettings settings)
    {
        var account = soak.Account;
        Console.WriteLine();
        Console.WriteLine($"## Soak: {settings.SoakMinutes} min at {settings.SoakRate} questions/s");
        Console.WriteLine();
        Console.WriteLine("| measure | value | target |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| questions asked (skipped: {settings.MaxInFlight} already in flight, or the member asked three times this minute) | {account.Asked} ({soak.Skipped}) | {settings.SoakRate * settings.SoakMinutes * 60:F0} |");
        Console.WriteLine($"| errors (REST refusals / bot error log lines / notices) | {account.Failures.Count + soak.BotErrors + soak.Notices.Count} ({account.Failures.Count} / {soak.BotErrors} / {soak.Notices.Count}) | 0 |");
        Console.WriteLine($"| duplicate / lost replies | {account.Duplicated.Count} / {account.Lost.Count} | 0 / 0 |");
        Console.WriteLine($"| interaction acknowledged: p99 / max | {Ms(account.Acknowledgement.P99)} / {Ms(account.Acknowledgement.Max)} | max < 3 s |");
        Console.WriteLine($"| question → reply: p50 / p95 / p99 | {Ms(account.QuestionToReply.P50)} / {Ms(account.QuestionToReply.P95)} / {Ms(account.QuestionToReply.P99)} | reported |");
        Console.WriteLine($"| REST requests in the busiest second; 429s | {soak.BusiestSecond}; {account.RateLimited} | ≤ {GlobalLimit} |");
        PrintFailures(account, soak.Notices);
        Console.WriteLine();
        Console.WriteLine("| minute | working set | GC heap | threads | handles |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var sample in soak.Samples)
        {
            Console.WriteLine($"| {sample.At.TotalMinutes:F1} | {sample.WorkingSetMb:F1} MB | {sample.GcHeapMb:F1} MB | {sample.Threads} | {sample.Handles} |");
        }

        Console.WriteLine();
        Console.WriteLine($"Judged from the sample after {(soak.WarmupSamples == 0 ? "the start" : "the first minute (warm-up)")} to the last:");
        Console.WriteLine();
        Console.WriteLine("| resource | baseline | last | peak | change | flat within 10 % |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var trend in soak.Trends())
        {
            Console.WriteLine($"| {trend.Measure} | {trend.Baseline:F1} | {trend.Last:F1} | {trend.Peak:F1} | {trend.Change:+0.0%;-0.0%} | {(trend.IsFlatWithin(FlatTolerance) ? "yes" : "no")} |");
        }
    }

    private static void PrintFailures(ReplyAccount account, IReadOnlyList<string> notices)
    {
        foreach (var (notice, count) in notices.CountBy(n => n))
        {
            Console.WriteLine($"  notice: \"{notice}\" ×{count}");
        }

        foreach (var (what, count) in account.Failures.CountBy(f => $"{f.Request.Method} {Route(f.Request.Path)} → {f.Status}"))
        {
            Console.WriteLine($"  refused: {what} ×{count}");
        }
    }

    private static string Route(string path) => string.Join('/', path.Split('/').Select(s => s.Length > 0 && (char.IsDigit(s[0]) || s.Length > 40) ? "{…}" : s));

    private static string Ms(TimeSpan delay) => $"{delay.TotalMilliseconds:F0} ms";

    private static List<FakeUser> Members(string prefix, int count, FakeSnowflakes ids)
        => [.. Enumerable.Range(0, count).Select(i => new FakeUser(ids.Next(), $"{prefix}{i:000}"))];

    /// <summary>The most requests subject to the global limit that reached the fake within one second.</summary>
    private static int BusiestSecond(IReadOnlyList<RestExchange> exchanges)
    {
        var stamps = exchanges.Select(e => e.Request).Where(FakeRestApi.IsUnderGlobalLimit).Select(r => r.Timestamp).Order().ToList();
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

    /// <summary>Replies that are the bot's "busy", "failed", "unavailable" or "too fast" lines rather than answers.</summary>
    private static List<string> Notices(IEnumerable<RestExchange> exchanges) => exchanges
        .Where(e => e.Succeeded && e.Request.Method is "POST" or "PATCH" && e.Request.Body.Length > 0 && !e.Request.Path.EndsWith("/typing", StringComparison.Ordinal))
        .Select(e => e.Request.Json)
        .Select(json => json.TryGetProperty("data", out var data) ? data : json)
        .Select(json => json.ValueKind == System.Text.Json.JsonValueKind.Object && json.TryGetProperty("content", out var content)
            && content.ValueKind == System.Text.Json.JsonValueKind.String ? content.GetString()! : "")
        .Where(BotNotices.IsNotice)
        .ToList();

    private static async Task WaitUntilReadyAsync(FakeDiscordServer fake, DiscordBotProcess bot)
    {
        var deadline = Stopwatch.StartNew();
        while (!fake.Rest.Requests.Any(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal)))
        {
            Require(!bot.HasExited, "the bot exited before registering its commands: " + bot.Output());
            Require(deadline.Elapsed < StartPatience, "the bot did not register its commands within " + StartPatience);
            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private sealed record LoadResult(
        IReadOnlyList<AskedQuestion> Asked, ReplyAccount Account, TimeSpan Elapsed, int BusiestSecond, IReadOnlyList<string> Notices, int BotErrors, int Members)
    {
        public IEnumerable<string> Failures(LoadSettings settings)
        {
            if (Asked.Count != settings.Questions)
            {
                yield return $"load: {Asked.Count} questions asked of {settings.Questions} (a conversation ended without a reply)";
            }

            foreach (var failure in Checks("load", Account, Notices.Count, BotErrors, BusiestSecond))
            {
                yield return failure;
            }
        }
    }

    private sealed record SoakResult(
        IReadOnlyList<AskedQuestion> Asked, ReplyAccount Account, TimeSpan Elapsed, int Skipped, int BusiestSecond, IReadOnlyList<string> Notices, int BotErrors, IReadOnlyList<ResourceSample> Samples)
    {
        /// <summary>With two minutes or more, the first minute is warm-up and the minute-1 sample is the baseline.</summary>
        public int WarmupSamples => Elapsed >= TimeSpan.FromMinutes(2) && Samples.Count > 2 ? 1 : 0;

        public IEnumerable<ResourceTrend> Trends()
        {
            yield return ResourceTrend.Of("working set (MB)", [.. Samples.Select(s => s.WorkingSetMb)], WarmupSamples);
            if (Samples.All(s => !double.IsNaN(s.GcHeapMb)))
            {
                yield return ResourceTrend.Of("GC heap after last collection (MB)", [.. Samples.Select(s => s.GcHeapMb)], WarmupSamples);
            }

            yield return ResourceTrend.Of("threads", [.. Samples.Select(s => (double)s.Threads)], WarmupSamples);
            yield return ResourceTrend.Of("handles (open file descriptors)", [.. Samples.Select(s => (double)s.Handles)], WarmupSamples);
        }

        public IEnumerable<string> Failures()
        {
            foreach (var failure in Checks("soak", Account, Notices.Count, BotErrors, BusiestSecond))
            {
                yield return failure;
            }

            foreach (var trend in Trends().Where(t => !t.IsFlatWithin(FlatTolerance)))
            {
                yield return $"soak: {trend.Measure} moved {trend.Change:+0.0%;-0.0%} ({trend.Baseline:F1} → {trend.Last:F1})";
            }
        }
    }

    private static IEnumerable<string> Checks(string phase, ReplyAccount account, int notices, int botErrors, int busiestSecond)
    {
        if (account.Failures.Count + notices + botErrors > 0)
        {
            yield return $"{phase}: {account.Failures.Count} REST refusals, {botErrors} bot error log lines, {notices} notices";
        }

        if (account.Duplicated.Count + account.Lost.Count + account.UnmatchedReplies > 0)
        {
            yield return $"{phase}: {account.Duplicated.Count} duplicate, {account.Lost.Count} lost, {account.UnmatchedReplies} unmatched replies";
        }

        if (account.LateAcknowledgements.Count > 0)
        {
            yield return $"{phase}: {account.LateAcknowledgements.Count} interactions acknowledged at 3 s or later";
        }

        if (busiestSecond > GlobalLimit)
        {
            yield return $"{phase}: {busiestSecond} requests within one second (limit {GlobalLimit})";
        }
    }
}
