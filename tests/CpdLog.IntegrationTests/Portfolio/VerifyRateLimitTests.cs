namespace CpdLog.IntegrationTests.Portfolio;

using System.Net;

/// <summary>The verify limiter, on an app where it allows 3 requests a minute.</summary>
public sealed class VerifyRateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task VerifyApi_AfterTheLimit_Returns429WithRetryAfter()
    {
        var client = app.CreateClient();
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            responses.Add(await client.GetAsync("/api/v1/verify/ABCDE-FGHJK"));
        }

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests],
            responses.Select(r => r.StatusCode));
        Assert.NotNull(responses[3].Headers.RetryAfter);
        var page = await client.GetAsync("/verify");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        var other = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
