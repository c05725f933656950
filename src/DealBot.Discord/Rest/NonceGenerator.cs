using System.Buffers.Text;
using System.Security.Cryptography;

namespace DealBot.Discord.Rest;

/// <summary>Makes message nonces: 16 random bytes in base64url, 22 characters (Discord allows 25).</summary>
internal static class NonceGenerator
{
    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
