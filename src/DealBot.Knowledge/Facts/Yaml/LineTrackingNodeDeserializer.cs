using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace DealBot.Knowledge.Facts.Yaml;

/// <summary>Wraps the object deserializer to record on each <see cref="YamlEntry"/> the line it starts on.</summary>
internal sealed class LineTrackingNodeDeserializer(INodeDeserializer inner) : INodeDeserializer
{
    private readonly INodeDeserializer _inner = inner;

    public bool Deserialize(
        IParser reader,
        Type expectedType,
        Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value,
        ObjectDeserializer rootDeserializer)
    {
        var line = reader.Current?.Start.Line ?? 0;
        if (!_inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
        {
            return false;
        }

        if (value is YamlEntry entry)
        {
            entry.Line = (int)line;
        }

        return true;
    }
}
