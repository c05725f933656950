using System.Globalization;
using DealBot.Discord.Rest;

namespace DealBot.Discord.Tests.Rest;

public sealed class RateLimitHeadersTests
{
    [Fact]
    public void Parse_GermanCulture_ReadsDecimalPointSeconds()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
            response.Headers.Add("X-RateLimit-Reset-After", "64.57");
            response.Headers.Add("X-RateLimit-Remaining", "0");
            response.Headers.Add("X-RateLimit-Bucket", "abcd1234");
            response.Headers.Add("X-RateLimit-Scope", "shared");
            response.Headers.Add("Retry-After", "65");

            var headers = RateLimitHeaders.Parse(response, DateTimeOffset.UnixEpoch);

            Assert.Equal(TimeSpan.FromSeconds(64.57), headers.ResetAfter);
            Assert.Equal(0, headers.Remaining);
            Assert.Equal("abcd1234", headers.Bucket);
            Assert.Equal("shared", headers.Scope);
            Assert.Equal(TimeSpan.FromSeconds(65), headers.RetryAfter);
            Assert.True(headers.HasRateLimitHeaders);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Parse_CloudflarePage_HasNoRateLimitHeaders()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        response.Headers.Add("Retry-After", "1800");

        var headers = RateLimitHeaders.Parse(response, DateTimeOffset.UnixEpoch);

        Assert.False(headers.HasRateLimitHeaders);
        Assert.Equal(TimeSpan.FromMinutes(30), headers.RetryAfter);
    }
}
