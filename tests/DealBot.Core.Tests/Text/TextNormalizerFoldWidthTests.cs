using DealBot.Core.Text;

namespace DealBot.Core.Tests.Text;

public class TextNormalizerFoldWidthTests
{
    [Fact]
    public void FoldWidth_FullWidthDigitsAndSigns_BecomeAsciiWithSameLength()
    {
        // Arrange
        const string text = "上涨４.４％，投资１０００亿美元";

        // Act
        var folded = TextNormalizer.FoldWidth(text);

        // Assert
        Assert.Equal("上涨4.4%，投资1000亿美元", folded);
        Assert.Equal(text.Length, folded.Length);
    }

    [Fact]
    public void FoldWidth_NothingToFold_ReturnsSameInstance()
    {
        // Arrange
        const string text = "US$100 billion, 1000亿美元";

        // Act
        var folded = TextNormalizer.FoldWidth(text);

        // Assert
        Assert.Same(text, folded);
    }
}
