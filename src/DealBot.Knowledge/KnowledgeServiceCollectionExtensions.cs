using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Ingestion;
using DealBot.Core.Matching;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Chunking;
using DealBot.Knowledge.Cleaning;
using DealBot.Knowledge.Embedded;
using DealBot.Knowledge.Embedding;
using DealBot.Knowledge.Facts;
using DealBot.Knowledge.Ingestion;
using DealBot.Knowledge.Loading;
using DealBot.Knowledge.Retrieval;
using DealBot.Knowledge.Sparse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge;

/// <summary>Registers the knowledge base: ingestion, the embedded store (unless another is registered) and retrieval.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KnowledgePaths>();

        services.TryAddSingleton<FigureExtractor>();
        services.TryAddSingleton<FigureEquivalence>();
        services.TryAddSingleton<FigureFormatter>();
        services.TryAddSingleton<FactSheetLoader>();
        services.TryAddSingleton<FactSheetCache>();
        services.TryAddSingleton<LexicalMatchers>();
        services.TryAddSingleton<SparseEncoderProvider>();
        services.TryAddSingleton<MiniLmEmbedder>();
        services.TryAddSingleton<ITextEmbedder>(sp => sp.GetRequiredService<MiniLmEmbedder>());
        services.TryAddSingleton<QueryEmbeddingCache>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentLoader, MarkdownLoader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentLoader, PlainTextLoader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentLoader, HtmlLoader>());
        services.TryAddSingleton<BoilerplateCleaner>();
        services.TryAddSingleton<DocumentReader>();
        services.TryAddSingleton(sp => new PassageChunker(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.TargetPassageChars));
        services.TryAddSingleton<PassageBuilder>();
        services.TryAddSingleton<SourceFileReader>();
        services.TryAddSingleton<ArticlePreparer>();
        services.TryAddSingleton<UploadStaging>();
        services.TryAddSingleton<FolderScanner>();
        services.TryAddSingleton<FactSheetGate>();
        services.TryAddSingleton<ArticleCache>();
        services.TryAddSingleton<IndexBuilder>();
        services.TryAddSingleton<PublishedFactSheets>();

        services.TryAddSingleton<EmbeddedPassageStore>();
        services.TryAddSingleton<IPassageStore>(sp => sp.GetRequiredService<EmbeddedPassageStore>());
        services.TryAddSingleton<IKnowledgeSearch, HybridKnowledgeSearch>();
        services.TryAddSingleton<IKnowledgeCatalog, KnowledgeCatalog>();
        services.TryAddSingleton<KnowledgeRefresher>(sp => new KnowledgeRefresher(
            sp.GetRequiredService<KnowledgePaths>(),
            sp.GetRequiredService<UploadStaging>(),
            sp.GetRequiredService<FolderScanner>(),
            sp.GetRequiredService<FactSheetGate>(),
            sp.GetRequiredService<IndexBuilder>(),
            sp.GetRequiredService<PublishedFactSheets>(),
            sp.GetRequiredService<ITextEmbedder>(),
            sp.GetRequiredService<IPassageStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<KnowledgeRefresher>>()));
        services.TryAddSingleton<IKnowledgeRefresher>(sp => sp.GetRequiredService<KnowledgeRefresher>());
        return services;
    }
}
