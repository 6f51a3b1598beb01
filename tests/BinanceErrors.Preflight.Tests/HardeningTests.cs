using System.Text.Json.Nodes;
using BinanceErrors.Preflight.Tests.Validation;

namespace BinanceErrors.Preflight.Tests;

/// <summary>The library never throws on data: wrong JSON types name their path; arithmetic that would overflow is answered.</summary>
public sealed class HardeningTests
{
    [Theory]
    [InlineData("serverTime", "1.5", "$.serverTime must be an integer, not 1.5.")]
    [InlineData("serverTime", "\"soon\"", "$.serverTime must be an integer, not \"soon\".")]
    [InlineData("rateLimits", "[1]", "$.rateLimits[0] must be an object, not 1.")]
    [InlineData("rateLimits", "{}", "$.rateLimits must be an array, not {}.")]
    [InlineData("exchangeFilters", "[\"x\"]", "$.exchangeFilters[0] must be an object.")]
    public void WrongTypeAtTheTop_NamesThePath(string property, string json, string message)
    {
        var document = JsonNode.Parse(File.ReadAllText(ExchangeFixture.Path))!;
        document[property] = JsonNode.Parse(json);

        var error = Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Parse(document.ToJsonString()));

        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("serverTime", "1.5", "$.serverTime must be an integer, not 1.5.")]
    [InlineData("rateLimits", "[1]", "$.rateLimits[0] must be an object, not 1.")]
    [InlineData("exchangeFilters", "[\"x\"]", "$.exchangeFilters[0] must be an object.")]
    [InlineData("symbols", "[7]", "$.symbols[0] must be an object.")]
    public void WrongTypeInAFuturesDocument_NamesThePath(string property, string json, string message)
    {
        var document = JsonNode.Parse(File.ReadAllText(Futures.FuturesExchangeFixture.Path))!;
        document[property] = JsonNode.Parse(json);

        var error = Should.Throw<ExchangeInfoFormatException>(() => BinanceErrors.Preflight.Futures.FuturesExchangeInfo.Parse(document.ToJsonString()));

        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("orderTypes", "[\"LIMIT\", 7]", "$.symbols[0] (BTCUSDT).orderTypes[1] must be a string, not 7.")]
    [InlineData("orderTypes", "\"LIMIT\"", "$.symbols[0] (BTCUSDT).orderTypes must be an array, not \"LIMIT\".")]
    [InlineData("permissionSets", "[[\"SPOT\", 1]]", "$.symbols[0] (BTCUSDT).permissionSets[0][1] must be a string, not 1.")]
    [InlineData("permissionSets", "[\"SPOT\"]", "$.symbols[0] (BTCUSDT).permissionSets[0] must be an array of strings, not \"SPOT\".")]
    [InlineData("allowedSelfTradePreventionModes", "[null]", "$.symbols[0] (BTCUSDT).allowedSelfTradePreventionModes[0] must be a string, not null.")]
    [InlineData("filters", "3", "$.symbols[0] (BTCUSDT).filters must be an array, not 3.")]
    public void WrongTypeInASymbol_NamesThePath(string property, string json, string message)
    {
        var document = JsonNode.Parse(File.ReadAllText(ExchangeFixture.Path))!;
        document["symbols"]![0]![property] = JsonNode.Parse(json);

        var error = Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Parse(document.ToJsonString()));

        error.Message.ShouldBe(message);
    }

    private static ExchangeRules WithoutPriceAndLotFilters(params string[] keep)
    {
        var document = JsonNode.Parse(File.ReadAllText(ExchangeFixture.Path))!;
        var btc = document["symbols"]![0]!;
        btc["filters"] = new JsonArray([.. btc["filters"]!.AsArray().Where(f => keep.Contains(f!["filterType"]!.GetValue<string>())).Select(f => f!.DeepClone())]);
        return ExchangeRules.Compile(ExchangeInfo.Parse(document.ToJsonString()));
    }

    private static readonly OrderRequest Huge = new()
    {
        Symbol = "BTCUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC",
        Price = "99999999999999999999", Quantity = "99999999999999999999",
    };

    [Fact]
    public void HugePriceTimesQuantity_AgainstMaxNotional_IsTheNotionalFilterFailure()
    {
        var rules = WithoutPriceAndLotFilters("NOTIONAL");

        var result = SpotValidationByBoth.Validate(rules, Huge);

        result.IsValid.ShouldBeFalse();
        result.Error!.Code.ShouldBe(-1013);
        result.Error.Message.ShouldBe("Filter failure: NOTIONAL");
    }

    [Fact]
    public void HugePriceTimesQuantity_WithoutNotionalFilters_DoesNotThrow()
    {
        var rules = WithoutPriceAndLotFilters();

        var result = SpotValidationByBoth.Validate(rules, Huge, new MarketContext { ReferencePrice = 29000m });

        result.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void HugeMarketQuantity_TimesTheReferencePrice_DoesNotThrow()
    {
        var rules = WithoutPriceAndLotFilters("NOTIONAL", "PERCENT_PRICE_BY_SIDE");
        var order = new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "MARKET", Quantity = "99999999999999999999" };

        var context = new MarketContext { ReferencePrice = 99999999999999999999m };

        var result = Should.NotThrow(() => SpotValidationByBoth.Validate(rules, order, context));

        result.IsValid.ShouldBeTrue("MARKET orders do not check the maximum notional here (applyMaxToMarket false)");
    }

    [Fact]
    public void Round_WithAStepTooSmallForTheValue_ReturnsTheValueInsteadOfThrowing()
    {
        OrderNormalizer.Round(99999999999999999999m, 0.0000000000000001m, RoundingDirection.Down).ShouldBe(99999999999999999999m);
        OrderNormalizer.Round(1.23456m, 0.01m, RoundingDirection.Down).ShouldBe(1.23m);
    }

    [Fact]
    public void Normalize_LiftToMinimum_WithATinyReferencePrice_DoesNotThrow()
    {
        var order = new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "MARKET", Quantity = "0.001" };

        var normalized = OrderNormalizer.Normalize(ExchangeFixture.Rules, order, new NormalizeOptions { LiftToMinimum = true, ReferencePrice = 0.0000000000000000000000000001m });

        normalized.ShouldNotBeNull();
    }
}
