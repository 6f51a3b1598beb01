using BinanceErrors.Http.Internal;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// The futures listenKey endpoints are USER_STREAM: the exchange wants the API key and no signature. (Before, only Spot's
/// <c>userDataStream</c> paths got the key, so a listenKey request through the pipeline left without it.)
/// </summary>
public sealed class ListenKeyTests
{
    [Theory]
    [InlineData("POST", "https://fapi.binance.com/fapi/v1/listenKey")]
    [InlineData("PUT", "https://fapi.binance.com/fapi/v1/listenKey")]
    [InlineData("DELETE", "https://dapi.binance.com/dapi/v1/listenKey")]
    [InlineData("POST", "https://api.binance.com/api/v3/userDataStream")]
    public void ListenKeyAndUserDataStreamPaths_AreUserStream(string method, string uri)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), uri);

        var facts = new RequestResolver().Facts(request);

        (facts.UserStream, facts.Signed).ShouldBe((true, false));
    }

    [Fact]
    public async Task ListenKey_LeavesWithTheKey_AndNoSignature()
    {
        await using var harness = await Harness.StartAsync(new SandboxOptions { Venue = SandboxVenue.UsdM });
        var wire = new RecordingHandler();
        var options = Harness.NewOptions(harness.Time, BinanceCredentials.Hmac(Harness.ApiKey, Harness.Secret));
        options.Venue = BinanceVenue.UsdMFutures;
        using var client = BinanceHttpClientFactory.Create(harness.Server.BaseAddress, options, wire, registry: harness.Registry);

        var (status, json, response) = await harness.SendAsync(HttpMethod.Post, "/fapi/v1/listenKey", client);
        response.Dispose();

        status.ShouldBe(200);
        json.GetProperty("listenKey").GetString().ShouldNotBeNullOrEmpty();
        var sent = wire.Requests.ShouldHaveSingleItem();
        sent.ApiKey.ShouldBe(Harness.ApiKey);
        sent.Query.ShouldNotContain("signature=");
        sent.Query.ShouldNotContain("timestamp=");
    }

    /// <summary>The network handler, noting the key header and query of what it sends.</summary>
    private sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        public List<(string? ApiKey, string Query)> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests)
            {
                Requests.Add((request.Headers.TryGetValues("X-MBX-APIKEY", out var keys) ? keys.Single() : null, request.RequestUri!.Query));
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
