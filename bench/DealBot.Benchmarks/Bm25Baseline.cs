using DealBot.Core.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DealBot.Benchmarks;

/// <summary>
/// The baseline: a plain Lucene.Net BM25 index over the same passages. English passages are analysed with the
/// EnglishAnalyzer (standard tokeniser, stop words, Porter stemming), Chinese ones with the SmartChineseAnalyzer; a
/// question is parsed with the analyser of its own language. No glossary, no figures, no embeddings.
/// </summary>
internal sealed class Bm25Baseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _english = new EnglishAnalyzer(Version);
    private readonly Analyzer _chinese = new SmartChineseAnalyzer(Version);
    private readonly List<Passage> _passages;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public Bm25Baseline(IReadOnlyList<Passage> passages)
    {
        _passages = [.. passages];
        var config = new IndexWriterConfig(Version, _english) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < _passages.Count; i++)
            {
                var document = new Document
                {
                    new StoredField("n", i),
                    new TextField("text", _passages[i].Text, Field.Store.NO),
                };
                writer.AddDocument(document, AnalyzerFor(_passages[i].Language));
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<Passage> Search(string question, int k)
    {
        var parser = new QueryParser(Version, "text", AnalyzerFor(Languages.Detect(question)));
        var query = parser.Parse(QueryParserBase.Escape(question));
        return [.. _searcher.Search(query, k).ScoreDocs.Select(d => _passages[_searcher.Doc(d.Doc).GetField("n").GetInt32Value()!.Value])];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _english.Dispose();
        _chinese.Dispose();
        _directory.Dispose();
    }

    private Analyzer AnalyzerFor(string language) => language == Languages.Chinese ? _chinese : _english;
}
