using BERTTokenizers.Base;

namespace DealBot.Knowledge.Embedding;

/// <summary>
/// all-MiniLM-L6-v2's WordPiece tokenizer: SentenceTransformers' uncased BERT tokenizer over the model's vocabulary
/// file, which is what the package's own MiniLMTokenizer is over its embedded copy of the same file.
/// </summary>
internal sealed class MiniLmTokenizer(Stream vocabulary) : UncasedTokenizer(vocabulary)
{
    public static MiniLmTokenizer FromFile(string vocabularyFile)
    {
        using var vocabulary = File.OpenRead(vocabularyFile);
        return new MiniLmTokenizer(vocabulary);
    }
}
