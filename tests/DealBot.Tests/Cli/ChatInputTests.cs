using DealBot.Cli.Chat;

namespace DealBot.Tests.Cli;

public sealed class ChatInputTests
{
    [Theory]
    [InlineData("", "Empty")]
    [InlineData("   ", "Empty")]
    [InlineData("/clear", "Clear")]
    [InlineData(" :CLEAR ", "Clear")]
    [InlineData("/quit", "Quit")]
    [InlineData(":q", "Quit")]
    [InlineData("exit", "Quit")]
    [InlineData("/help", "Help")]
    [InlineData("/whatever", "Help")]
    [InlineData("How much will Nvidia invest?", "Question")]
    [InlineData("exit fees of the deal?", "Question")]
    [InlineData("英伟达投资多少？", "Question")]
    [InlineData("/", "Question")]
    // The kind is named by a string: the enum is internal to the executable and test parameters are public.
    public void Classify_Line_Kind(string line, string expected)
    {
        Assert.Equal(Enum.Parse<ChatInputKind>(expected), ChatInput.Classify(line));
    }
}
