using DealBot.Discord.Models;

namespace DealBot.Bot;

/// <summary>
/// The 👍/👎 under every answer and the 👎's "what was wrong?" modal. The ids carry no state: the message voted on is
/// the one the clicked button is on, and the modal's id names it for the submission.
/// </summary>
internal static class FeedbackButtons
{
    public const string Prefix = "fb:";
    public const string UpId = "fb:up";
    public const string DownId = "fb:down";
    public const string ModalPrefix = "fb:why:";
    public const string ReasonInputId = "fb:reason";
    public const int MaxReasonLength = 500;

    public static MessageComponent Row { get; } = MessageComponent.Row(Button(UpId, "👍"), Button(DownId, "👎"));

    /// <summary>The modal for a 👎 on <paramref name="messageId"/>; the reason is optional.</summary>
    public static InteractionResponse ReasonModal(ulong messageId, string language) => InteractionResponse.Modal(
        ModalPrefix + messageId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        FeedbackText.ModalTitle(language),
        [
            MessageComponent.Row(new MessageComponent
            {
                Type = MessageComponentType.TextInput,
                CustomId = ReasonInputId,
                Style = 2,
                Label = FeedbackText.ReasonLabel(language),
                Placeholder = FeedbackText.ReasonPlaceholder(language),
                Required = false,
                MaxLength = MaxReasonLength,
            }),
        ]);

    private static MessageComponent Button(string id, string emoji) => new()
    {
        Type = MessageComponentType.Button,
        Style = 2,
        CustomId = id,
        Emoji = new ComponentEmoji(emoji),
    };
}
