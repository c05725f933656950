using System.Text.Json;
using DealBot.Core.Facts;
using DealBot.Knowledge.Facts;
using DealBot.Knowledge.Storage;
using DealBot.Knowledge.Tests.Support;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Tests.Facts;

/// <summary>The parsed fact sheet kept beside the published texts: read back as parsed, and only by the code that parsed it.</summary>
public sealed class PublishedFactSheetsTests : IDisposable
{
    private const string Version = "20250923T000000Z";
    private readonly TempDirectory _data = new();
    private readonly PublishedFactSheets _published;

    public PublishedFactSheetsTests()
    {
        _published = new PublishedFactSheets(new KnowledgePaths(Options.Create(new KnowledgeOptions { DataDirectory = _data.Path, ModelDirectory = _data.Combine("models") })));
    }

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task ReadAsync_AfterSave_GivesTheSheetTheTextsParseTo()
    {
        var source = await new FactSheetLoader().ReadSourceAsync(TestPaths.KnowledgeDirectory);
        await _published.SaveAsync(Version, source);

        var read = await _published.ReadAsync(Version);

        Assert.NotNull(read);
        Assert.Equal(Json(source.Sheet), Json(read.Sheet));
        Assert.Equal(source.Hash, read.Hash);
        Assert.NotEmpty(read.Sheet.Figures);
    }

    [Fact]
    public async Task ReadAsync_SheetKeptByThisCode_IsServedWithoutParsingTheTexts()
    {
        var source = await new FactSheetLoader().ReadSourceAsync(TestPaths.KnowledgeDirectory);
        var kept = source.Sheet with { Figures = source.Sheet.Figures.Take(1).ToList() };
        await WriteAsync(new PublishedTexts(source.FactsText, source.GlossaryText) { Sheet = kept, Parser = PublishedFactSheets.ParserStamp });

        var read = await _published.ReadAsync(Version);

        Assert.Equal(Json(kept), Json(read!.Sheet));
    }

    [Theory]
    [InlineData("another build")]
    [InlineData(null)]
    public async Task ReadAsync_SheetKeptByOtherCodeOrNone_ParsesTheTextsAgain(string? parser)
    {
        var source = await new FactSheetLoader().ReadSourceAsync(TestPaths.KnowledgeDirectory);
        var stale = source.Sheet with { Figures = [] };
        await WriteAsync(new PublishedTexts(source.FactsText, source.GlossaryText) { Sheet = parser is null ? null : stale, Parser = parser });

        var read = await _published.ReadAsync(Version);

        Assert.Equal(Json(source.Sheet), Json(read!.Sheet));
    }

    [Fact]
    public async Task ReadAsync_FileWithoutASheet_KeepsTheParsedSheetForTheNextRead()
    {
        var source = await new FactSheetLoader().ReadSourceAsync(TestPaths.KnowledgeDirectory);
        await WriteAsync(new PublishedTexts(source.FactsText, source.GlossaryText));

        await _published.ReadAsync(Version);

        var kept = await ChecksummedJson.ReadAsync(_data.Combine("facts", Version + ".json"), PublishedFactsJsonContext.Default.PublishedTexts, CancellationToken.None);
        Assert.Equal(PublishedFactSheets.ParserStamp, kept!.Parser);
        Assert.Equal(Json(source.Sheet), Json(kept.Sheet!));
        Assert.Equal(source.FactsText, kept.Facts);
    }

    private Task WriteAsync(PublishedTexts texts)
    {
        Directory.CreateDirectory(_data.Combine("facts"));
        return ChecksummedJson.WriteAsync(_data.Combine("facts", Version + ".json"), texts, PublishedFactsJsonContext.Default.PublishedTexts, CancellationToken.None);
    }

    private static string Json(FactSheet sheet) => JsonSerializer.Serialize(sheet, PublishedFactsJsonContext.Default.FactSheet);
}
