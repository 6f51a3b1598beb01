using BinanceErrors.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BinanceErrors.WebSocket.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddBinanceWebSocketClient_SharesOptionsAndLimitsWithTheRestClientOfTheSameName()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();
        fixture.Intercept = async request =>
        {
            // WeightUsed70 of the documentation with the count raised to just under the limit.
            await request.Connection.SendAsync(fixture.DefaultAnswer(request).Replace("\"count\": 70", "\"count\": 5999", StringComparison.Ordinal));
            return true;
        };
        var services = new ServiceCollection();

        // Credentials and limits are configured once, on the REST registration.
        services.AddBinanceHttpClient("spot", fixture.RestUri, o =>
        {
            o.Credentials = BinanceCredentials.Hmac(DocFrames.ApiKey, DocFrames.SecretKey);
            o.LearnLimitsFromExchange = false;
            o.WaitForLimits = false;
        });
        services.AddBinanceWebSocketClient("spot", fixture.WebSocketUri, configureWebSocket: w => w.ReconnectBaseDelay = TimeSpan.FromMilliseconds(5));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredKeyedService<BinanceWebSocketClient>("spot");

        // Signed with the REST registration's key: the fixture checks the signature.
        (await client.GetAccountStatusAsync()).IsSuccess.ShouldBeTrue();

        var rest = provider.GetRequiredService<IHttpClientFactory>().CreateClient("spot");
        await Should.ThrowAsync<BinanceRateLimitException>(() => rest.GetAsync("api/v3/time"));
        fixture.RestRequests.ShouldBe(0);
    }
}
