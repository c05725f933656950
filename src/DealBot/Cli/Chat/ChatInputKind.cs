namespace DealBot.Cli.Chat;

/// <summary>What a line typed into the chat asks for.</summary>
internal enum ChatInputKind
{
    /// <summary>Nothing (a blank line).</summary>
    Empty,

    /// <summary>A question for the answer engine.</summary>
    Question,

    /// <summary>Forget the conversation so far (<c>/clear</c>, <c>:clear</c>).</summary>
    Clear,

    /// <summary>End the chat (<c>/quit</c>, <c>:quit</c>, <c>exit</c>, <c>quit</c>).</summary>
    Quit,

    /// <summary>Show the commands (<c>/help</c>, or any other line starting with / or :).</summary>
    Help,
}
