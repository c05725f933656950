using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace DealBot.Operations;

/// <summary>
/// Stands in for a member's id wherever the bot keeps something: an HMAC-SHA256 of the id under a key that is not
/// stored beside the data's readers (<c>Operations:MemberHashKey</c>, or a random key kept in the database). The same
/// member always gets the same hash, so votes can be replaced, but the id cannot be read back from it.
/// </summary>
internal sealed class MemberHasher(IOptions<OperationsOptions> options, OperationsDatabase database)
{
    private readonly Lazy<byte[]> _key = new(() => LoadKey(options.Value, database));

    public string Hash(ulong memberId)
    {
        var digest = HMACSHA256.HashData(_key.Value, Encoding.ASCII.GetBytes(memberId.ToString(CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(digest.AsSpan(0, 16));
    }

    private static byte[] LoadKey(OperationsOptions settings, OperationsDatabase database)
    {
        if (!string.IsNullOrWhiteSpace(settings.MemberHashKey))
        {
            return Encoding.UTF8.GetBytes(settings.MemberHashKey);
        }

        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO settings (name, value) VALUES ('member_hash_key', $key); SELECT value FROM settings WHERE name = 'member_hash_key';";
        command.Parameters.AddWithValue("$key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        return Convert.FromBase64String((string)command.ExecuteScalar()!);
    }
}
