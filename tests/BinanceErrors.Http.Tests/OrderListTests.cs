using BinanceErrors.Http.Tests.Fixtures;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// Order lists are identified by <c>listClientOrderId</c>: this checks what leaves the client (observed on the wire by
/// the network handler); <see cref="OrderListReconciliationTests"/> checks a list's reconciliation.
/// </summary>
public sealed class OrderListTests
{
    [Theory]
    [InlineData("/api/v3/orderList/oco")]
    [InlineData("/api/v3/orderList/oto")]
    [InlineData("/api/v3/orderList/otoco")]
    [InlineData("/api/v3/order/oco")]
    public async Task ListPlacements_GetAListClientOrderId_NotANewClientOrderId(string path)
    {
        await using var harness = await Harness.StartAsync();
        var wire = new RecordingHandler(new SocketsHttpHandler());
        using var client = BinanceHttpClientFactory.Create(harness.Server.BaseAddress, harness.Options, wire);

        using var response = await client.PostAsync(path + "?symbol=BTCUSDT&side=SELL&quantity=0.001&aboveType=LIMIT_MAKER&abovePrice=31000&belowType=STOP_LOSS&belowStopPrice=28000", null);

        var sent = wire.Uris.Single(u => u.AbsolutePath == path).Query;
        sent.ShouldContain("listClientOrderId=be-");
        sent.ShouldNotContain("newClientOrderId");
    }

    private sealed class RecordingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public List<Uri> Uris { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uris.Add(request.RequestUri!);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
