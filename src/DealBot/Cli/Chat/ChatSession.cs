using DealBot.Answering.Llm.Preview;
using DealBot.Answering.Prompts;
using DealBot.Core.Answers;
using DealBot.Core.Retrieval;

namespace DealBot.Cli.Chat;

/// <summary>
/// The developer REPL: reads questions line by line, answers each with the one answer engine, and keeps the
/// conversation so that follow-ups ("and per household?") carry the question they follow. <c>/clear</c> forgets it;
/// <c>/quit</c>, <c>exit</c> or the end of input ends the chat. With <see cref="ChatSettings.Watch"/>, the prompts are
/// read again before each question; a prompt that no longer loads is one line on the diagnostics writer (the answer
/// then comes from the offline composer, as when the model fails).
/// </summary>
internal sealed class ChatSession(IAnswerService answers, TextReader input, TextWriter output, TextWriter diagnostics, ChatSettings settings, PromptLibrary? prompts = null)
{
    private const string Commands = "Ask about the Nvidia–OpenAI deal in English or Chinese. /clear forgets the conversation, /quit (or exit) ends.";

    private readonly List<ConversationTurn> _history = [];

    /// <summary>The turns a follow-up would carry now, oldest first.</summary>
    public IReadOnlyList<ConversationTurn> History => _history;

    /// <summary>Runs until the input ends or the user quits; returns how many questions were answered.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var answered = 0;
        if (settings.Interactive)
        {
            await diagnostics.WriteLineAsync(Commands).ConfigureAwait(false);
        }

        while (true)
        {
            if (settings.Interactive)
            {
                await output.WriteAsync("> ").ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            if (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is not { } line)
            {
                return answered;
            }

            switch (ChatInput.Classify(line))
            {
                case ChatInputKind.Empty:
                    continue;
                case ChatInputKind.Quit:
                    return answered;
                case ChatInputKind.Clear:
                    _history.Clear();
                    await diagnostics.WriteLineAsync("(conversation cleared)").ConfigureAwait(false);
                    continue;
                case ChatInputKind.Help:
                    await diagnostics.WriteLineAsync(Commands).ConfigureAwait(false);
                    continue;
            }

            if (await AnswerAsync(line.Trim(), cancellationToken).ConfigureAwait(false))
            {
                answered++;
            }
        }
    }

    private async Task<bool> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        if (settings.Watch && prompts is not null)
        {
            await ReloadPromptsAsync(prompts).ConfigureAwait(false);
        }

        Answer answer;
        try
        {
            answer = await answers.AnswerAsync(new Question(question, [.. _history], Trace: settings.Trace), cancellationToken).ConfigureAwait(false);
        }
        catch (KnowledgeStoreUnavailableException ex)
        {
            // One failed turn is not the end of the session: the store may be back for the next question.
            await diagnostics.WriteLineAsync($"dealbot: {OneLine.Of(ex.Message)}").ConfigureAwait(false);
            return false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One question never ends the session: any failure is one line, and the next question is asked.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await diagnostics.WriteLineAsync($"dealbot: could not answer that question ({OneLine.Of(ex)})").ConfigureAwait(false);
            return false;
        }

        _history.Add(new ConversationTurn(question, answer.Text));
        if (_history.Count > settings.MaxHistory)
        {
            _history.RemoveAt(0);
        }

        if (settings.Json)
        {
            await output.WriteLineAsync(AnswerJson.Serialize(answer)).ConfigureAwait(false);
            if (settings.Trace)
            {
                AnswerText.Write(diagnostics, answer, trace: true);
            }
        }
        else
        {
            AnswerText.Write(output, answer, settings.Trace);
            await output.WriteLineAsync().ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task ReloadPromptsAsync(PromptLibrary library)
    {
        library.Reload();
        foreach (var name in ModelRequestPreview.PromptNames)
        {
            var parts = name.Split('/');
            try
            {
                library.Get(parts[0], parts[1]);
            }
            catch (PromptNotFoundException ex)
            {
                await diagnostics.WriteLineAsync($"dealbot: {OneLine.Of(ex.Message)}").ConfigureAwait(false);
            }
        }
    }
}
