namespace BinanceErrors.Preflight.Tests.Validation;

/// <summary>
/// <see cref="OrderRequest.FromParameters"/>: every Spot order parameter by its Binance name, the first occurrence of
/// a repeated name wins (as the exchange reads a query string), names it does not model are ignored.
/// </summary>
public sealed class OrderRequestTests
{
    [Fact]
    public void FromParameters_ReadsEveryBinanceName()
    {
        var order = OrderRequest.FromParameters([
            new("symbol", "BTCUSDT"), new("side", "BUY"), new("type", "LIMIT"), new("timeInForce", "GTC"), new("quantity", "0.002"),
            new("quoteOrderQty", "10"), new("price", "30000.10"), new("stopPrice", "29000"), new("trailingDelta", "100"),
            new("icebergQty", "0.001"), new("newClientOrderId", "my-order_1"), new("recvWindow", "5000"), new("timestamp", "1"),
        ]);

        order.ShouldBe(new OrderRequest
        {
            Symbol = "BTCUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Quantity = "0.002", QuoteOrderQty = "10",
            Price = "30000.10", StopPrice = "29000", TrailingDelta = "100", IcebergQty = "0.001", NewClientOrderId = "my-order_1",
        });
    }

    [Fact]
    public void FromParameters_FirstOccurrenceWins()
    {
        var order = OrderRequest.FromParameters([new("price", "1"), new("symbol", "A"), new("price", "2"), new("symbol", "B")]);

        order.Price.ShouldBe("1");
        order.Symbol.ShouldBe("A");
    }

    [Fact]
    public void FromParameters_OfNothing_IsTheEmptyRequest_AndNullIsAnArgumentError()
    {
        OrderRequest.FromParameters([new("signature", "x")]).ShouldBe(default);
        Should.Throw<ArgumentNullException>(() => OrderRequest.FromParameters(null!)).ParamName.ShouldBe("parameters");
    }

    [Fact]
    public void DescriptionsBuiltInCode_HaveEmptyTextsNotNull()
    {
        var info = new SymbolInfo { Symbol = "X" };
        info.StatusText.ShouldBe(string.Empty);
        info.BaseAsset.ShouldBe(string.Empty);
        info.QuoteAsset.ShouldBe(string.Empty);
        new ExchangeInfo().Timezone.ShouldBe("UTC");
    }
}
