using DealBot.Cli;

return await DealBotCli.RunAsync(args).ConfigureAwait(false);
