using DealBot.Core.Documents;
using DealBot.Core.Text;

namespace DealBot.Answering.Understanding;

/// <summary>
/// A question as the engine reads it: links and markup set aside, width and whitespace normalised, traditional characters in simplified form,
/// small typos of known words corrected; <see cref="Lower"/> is the same text lower-cased (same length), for phrase
/// matching. <see cref="Traditional"/> remembers the script the member wrote, so the bot's own words can follow it.
/// </summary>
public sealed record QuestionText(string Original, string Text, string Lower, bool Traditional, string Language)
{
    public static QuestionText Read(string question, SpellingCorrector? speller = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var normalized = TextNormalizer.Normalize(ChatMarkup.Strip(WellFormedText.Of(question))).Trim();
        var traditional = ChineseScript.IsTraditional(normalized);
        var text = ChineseScript.ToSimplified(normalized);
        if (speller is not null)
        {
            text = speller.Correct(text);
        }

        return new QuestionText(question, text, text.ToLowerInvariant(), traditional, Languages.Detect(text)) { ScriptNeutral = ChineseScript.IsScriptNeutral(normalized) };
    }

    /// <summary>True when the text reads the same in either script: a follow-up like this keeps the conversation's script.</summary>
    public bool ScriptNeutral { get; init; }

    /// <summary>A part of this text (a clause of a multi-part question), keeping the language and script.</summary>
    public QuestionText Slice(int start, int length)
    {
        var text = Text.Substring(start, length).Trim();
        return this with { Text = text, Lower = text.ToLowerInvariant() };
    }

    /// <summary><paramref name="text"/> the bot wrote, in the script the member used.</summary>
    public string InScript(string text) => Traditional ? ChineseScript.ToTraditional(text) : text;
}
