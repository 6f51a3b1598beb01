using System.Text.Json.Nodes;

namespace BinanceErrors.Preflight.Tests.Validation;

/// <summary>
/// Symbol status <c>CANCEL_ONLY</c> (binance-spot-api-docs CHANGELOG 2026-07-01, effective 2026-07-07; enums.md): users
/// can only cancel and amend orders (faqs/spot_glossary.md), so every new order and order list is refused with the
/// exchange's answer for a symbol that is not trading, -2010 "Market is closed." (errors.md).
/// </summary>
public sealed class CancelOnlyStatusTests
{
    private static readonly ExchangeRules Rules = CompileWithStatus("BTCUSDT", "CANCEL_ONLY");

    [Fact]
    public void TheStatus_IsRead()
    {
        Rules.TryGetSymbol("BTCUSDT", out var btc).ShouldBeTrue();
        btc!.Info.Status.ShouldBe(SymbolStatus.CancelOnly);
        btc.Info.StatusText.ShouldBe("CANCEL_ONLY");
    }

    [Fact]
    public void ANewOrder_IsRefusedWithMarketIsClosed()
    {
        // The same order passes on the TRADING document.
        SpotValidationByBoth.Validate(ExchangeFixture.Rules, ExchangeFixture.ValidLimit, ExchangeFixture.FullContext).IsValid.ShouldBeTrue();

        foreach (var order in new[]
        {
            ExchangeFixture.ValidLimit,
            new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "MARKET", Quantity = "0.001" },
            new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "MARKET", QuoteOrderQty = "50" },
        })
        {
            var result = SpotValidationByBoth.Validate(Rules, order, ExchangeFixture.FullContext);
            (result.Error?.Code, result.Error?.Message).ShouldBe((-2010, "Market is closed."), order.Type);
            result.Error!.Kind.ShouldBe(BinanceErrorKind.OrderRejected);
        }
    }

    [Fact]
    public void AnOrderList_IsRefusedWithMarketIsClosed()
    {
        var oco = new OcoRequest
        {
            Symbol = "BTCUSDT", Side = "SELL", Quantity = "0.001", AboveType = "LIMIT_MAKER", AbovePrice = "32000",
            BelowType = "STOP_LOSS_LIMIT", BelowStopPrice = "28000", BelowPrice = "27900", BelowTimeInForce = "GTC",
        };

        OcoValidator.Validate(ExchangeFixture.Rules, oco, ExchangeFixture.FullContext).IsValid.ShouldBeTrue();
        var result = OcoValidator.Validate(Rules, oco, ExchangeFixture.FullContext);
        (result.Error?.Code, result.Error?.Message).ShouldBe((-2010, "Market is closed."));
    }

    private static ExchangeRules CompileWithStatus(string symbol, string status)
    {
        var document = JsonNode.Parse(File.ReadAllText(ExchangeFixture.Path))!;
        document["symbols"]!.AsArray().Single(s => (string?)s!["symbol"] == symbol)!["status"] = status;
        return ExchangeRules.Compile(ExchangeInfo.Parse(document.ToJsonString()));
    }
}
