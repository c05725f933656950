using DealBot.Answering.Composition;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;

namespace DealBot.Answering.Skills;

/// <summary>Small talk ("hi", "thanks!", "lol", "你是谁"): one friendly line and two example questions, never a refusal.</summary>
internal sealed class ChitChatSkill(Replies.Replies replies) : IAnswerSkill
{
    private static readonly string[] Order = ["chat.identity", "chat.help", "chat.thanks", "chat.greeting", "chat.bye", "chat.laugh", "chat.praise"];

    public string Name => "chit-chat";

    public SkillBid? Bid(SkillContext context)
    {
        var frame = context.Frame;
        if (frame.Kind != QuestionKind.ChitChat)
        {
            return null;
        }

        var cue = Order.FirstOrDefault(frame.Has);
        var key = cue is null ? "chitchat.other" : "chitchat." + cue["chat.".Length..];
        var examples = replies.Examples(context.Language, StableHash(frame.Text.Text));
        var text = replies.Get(key, context.Language) + string.Concat(examples.Select(e => "\n- " + e));
        var answer = new ComposedAnswer(AnswerStatus.OutOfScope, context.Own(text), [], [], null, [$"chit-chat: {key}"]);
        return new SkillBid(Name, 1.0, answer, new TurnResult(Name));
    }

    // The same message gets the same examples; different messages get different ones.
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
