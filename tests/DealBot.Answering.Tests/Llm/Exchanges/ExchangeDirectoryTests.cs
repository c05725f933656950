using DealBot.Answering.Llm.Exchanges;

namespace DealBot.Answering.Tests.Llm.Exchanges;

public sealed class ExchangeDirectoryTests
{
    [Theory]
    [InlineData("llm-per-gw", "llm-per-gw.json")]
    [InlineData("en_total.2", "en_total.2.json")]
    public void FileName_PlainId_IsTheId(string id, string expected) => Assert.Equal(expected, ExchangeDirectory.FileName(id));

    [Theory]
    [InlineData("Per GW?")]
    [InlineData("../etc/passwd")]
    [InlineData("每吉瓦")]
    [InlineData("")]
    public void FileName_IdWithOtherCharacters_SafeAndStable(string id)
    {
        var name = ExchangeDirectory.FileName(id);

        Assert.Equal(name, ExchangeDirectory.FileName(id));
        Assert.Matches("^[a-z0-9_.-]+-[0-9a-f]{8}\\.json$", name);
        Assert.DoesNotContain("..", name, StringComparison.Ordinal);
    }

    [Fact]
    public void FileName_IdsThatSlugAlike_DifferentFiles() =>
        Assert.NotEqual(ExchangeDirectory.FileName("Per GW"), ExchangeDirectory.FileName("per-gw"));
}
