using BinanceErrors.Preflight.Filters;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

/// <summary>
/// The shapes a USDⓈ-M exchangeInfo document can take beyond the documented sample: fields left out (defaults, never
/// null), the Coin-M and older spellings, values as numbers instead of strings, and broken values or lists of the wrong JSON type (an <see cref="ExchangeInfoFormatException"/> naming the JSON path).
/// </summary>
public sealed class FuturesExchangeInfoShapeTests
{
    [Fact]
    public void MinimalSymbol_GetsEmptyTextsNotNulls_AndPairDefaultsToTheSymbol()
    {
        var info = FuturesExchangeInfo.Parse("""{"symbols":[{"symbol":"XUSDT"}]}""");

        info.Timezone.ShouldBe("UTC");
        info.ServerTime.ShouldBe(0);
        info.RateLimits.ShouldBeEmpty();
        info.ExchangeFilters.ShouldBeEmpty();
        info.Assets.ShouldBeEmpty();
        var x = info.Symbols.ShouldHaveSingleItem();
        x.Symbol.ShouldBe("XUSDT");
        x.Pair.ShouldBe("XUSDT");
        x.Status.ShouldBe(ContractStatus.Unknown);
        x.StatusText.ShouldBe(string.Empty);
        x.ContractType.ShouldBe(ContractType.Unknown);
        x.ContractTypeText.ShouldBe(string.Empty);
        x.BaseAsset.ShouldBe(string.Empty);
        x.QuoteAsset.ShouldBe(string.Empty);
        x.MarginAsset.ShouldBe(string.Empty);
        x.UnderlyingType.ShouldBe(string.Empty);
        x.UnderlyingSubType.ShouldBeEmpty();
        x.PricePrecision.ShouldBe(8);
        x.QuantityPrecision.ShouldBe(8);
        x.BaseAssetPrecision.ShouldBe(8);
        x.QuotePrecision.ShouldBe(8);
        x.OrderTypes.ShouldBeEmpty();
        x.TimeInForce.ShouldBeEmpty();
        x.Filters.ShouldBeEmpty();
        x.TriggerProtect.ShouldBeNull();
    }

    [Fact]
    public void RecordDefaults_AreEmptyTexts()
    {
        var symbol = new FuturesSymbolInfo { Symbol = "X" };

        (symbol.Pair, symbol.ContractTypeText, symbol.StatusText, symbol.BaseAsset, symbol.QuoteAsset, symbol.MarginAsset, symbol.UnderlyingType)
            .ShouldBe((string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty));
        new FuturesExchangeInfo().Timezone.ShouldBe("UTC");
    }

    [Fact]
    public void EveryField_IsReadFromItsOwnName()
    {
        var info = FuturesExchangeInfo.Parse("""
            {"timezone":"Asia/Tokyo","serverTime":"1565613908500","assets":[{"asset":"BTC","marginAvailable":true,"autoAssetExchange":"-0.10"}],
             "symbols":[{"symbol":"BTCUSDT_260327","pair":"BTCUSDT","contractType":"CURRENT_QUARTER","deliveryDate":1774598400000,"onboardDate":"1569398400000",
               "status":"PRE_DELIVERING","baseAsset":"BTC","quoteAsset":"USDT","marginAsset":"USDC","pricePrecision":1,"quantityPrecision":3,
               "baseAssetPrecision":7,"quotePrecision":6,"underlyingType":"COIN","underlyingSubType":["PoW",1],"triggerProtect":0.05,
               "liquidationFee":"0.0125","marketTakeBound":"0.05","orderTypes":["LIMIT",7,"TRAILING_STOP_MARKET"],"timeInForce":["GTD",false,"RPI","GTE_GTC"]}]}
            """);

        info.Timezone.ShouldBe("Asia/Tokyo");
        info.ServerTime.ShouldBe(1565613908500);
        info.Assets.ShouldBe([new FuturesAsset("BTC", true, -0.10m)]);
        var s = info.Symbols.ShouldHaveSingleItem();
        s.Pair.ShouldBe("BTCUSDT");
        s.ContractType.ShouldBe(ContractType.CurrentQuarter);
        s.ContractTypeText.ShouldBe("CURRENT_QUARTER");
        s.DeliveryDate.ShouldBe(1774598400000);
        s.OnboardDate.ShouldBe(1569398400000);
        s.Status.ShouldBe(ContractStatus.PreDelivering);
        s.StatusText.ShouldBe("PRE_DELIVERING");
        (s.BaseAsset, s.QuoteAsset, s.MarginAsset).ShouldBe(("BTC", "USDT", "USDC"));
        (s.PricePrecision, s.QuantityPrecision, s.BaseAssetPrecision, s.QuotePrecision).ShouldBe((1, 3, 7, 6));
        s.UnderlyingType.ShouldBe("COIN");
        s.UnderlyingSubType.ShouldBe(["PoW"]);
        (s.TriggerProtect, s.LiquidationFee, s.MarketTakeBound).ShouldBe((0.05m, 0.0125m, 0.05m));
        s.OrderTypes.ShouldBe([FuturesOrderType.Limit, FuturesOrderType.TrailingStopMarket]);
        s.TimeInForce.ShouldBe([FuturesTimeInForce.Gtd, FuturesTimeInForce.Rpi, FuturesTimeInForce.GteGtc]);
    }

    [Fact]
    public void ContractStatus_IsReadUnderTheCoinMName_WhenStatusIsAbsent()
    {
        var info = FuturesExchangeInfo.Parse("""{"symbols":[{"symbol":"BTCUSD_PERP","contractStatus":"TRADING"},{"symbol":"Y","status":"CLOSE","contractStatus":"TRADING"}]}""");

        info.Symbols[0].Status.ShouldBe(ContractStatus.Trading);
        info.Symbols[0].StatusText.ShouldBe("TRADING");
        info.Symbols[1].Status.ShouldBe(ContractStatus.Close);
    }

    [Theory]
    [InlineData("""{"rateLimits":{"a":1},"symbols":[]}""", "$.rateLimits must be an array, not {\"a\":1}.")]
    [InlineData("""{"exchangeFilters":"none","symbols":[]}""", "$.exchangeFilters must be an array, not \"none\".")]
    [InlineData("""{"assets":3,"symbols":[]}""", "$.assets must be an array, not 3.")]
    [InlineData("""{"symbols":[{"symbol":"X","underlyingSubType":"PoW"}]}""", "$.symbols[0] (X).underlyingSubType must be an array, not \"PoW\".")]
    [InlineData("""{"symbols":[{"symbol":"X","orderTypes":"LIMIT"}]}""", "$.symbols[0] (X).orderTypes must be an array, not \"LIMIT\".")]
    [InlineData("""{"symbols":[{"symbol":"X","OrderType":"LIMIT"}]}""", "$.symbols[0] (X).OrderType must be an array, not \"LIMIT\".")]
    [InlineData("""{"symbols":[{"symbol":"X","timeInForce":{"GTC":1}}]}""", "$.symbols[0] (X).timeInForce must be an array, not {\"GTC\":1}.")]
    [InlineData("""{"symbols":[{"symbol":"X","filters":{"filterType":"PRICE_FILTER"}}]}""", "$.symbols[0] (X).filters must be an array, not {\"filterType\":\"PRICE_FILTER\"}.")]
    public void KnownListsOfTheWrongJsonType_AreErrors_NotSilentlyEmpty(string json, string expected)
    {
        // Read as "no list", a symbol's filters would vanish and every order type would be allowed: the validator would
        // then pass orders the exchange rejects. Spot's reader says the same for its lists.
        Should.Throw<ExchangeInfoFormatException>(() => FuturesExchangeInfo.Parse(json)).Message.ShouldBe(expected);
    }

    [Fact]
    public void NullLists_AreAbsentLists()
    {
        var info = FuturesExchangeInfo.Parse("""
            {"rateLimits":null,"exchangeFilters":null,"assets":null,
             "symbols":[{"symbol":"X","underlyingSubType":null,"orderTypes":null,"OrderType":["MARKET"],"timeInForce":null,"filters":null}]}
            """);

        (info.RateLimits.Count, info.ExchangeFilters.Count, info.Assets.Count).ShouldBe((0, 0, 0));
        var x = info.Symbols.ShouldHaveSingleItem();
        x.UnderlyingSubType.ShouldBeEmpty();
        x.OrderTypes.ShouldBe([FuturesOrderType.Market]);
        x.TimeInForce.ShouldBeEmpty();
        x.Filters.ShouldBeEmpty();
    }

    [Fact]
    public void OrderTypes_AsServed_WinOverTheSamplesSpelling()
    {
        var info = FuturesExchangeInfo.Parse("""{"symbols":[{"symbol":"X","orderTypes":["LIMIT"],"OrderType":["MARKET"]}]}""");

        info.Symbols[0].OrderTypes.ShouldBe([FuturesOrderType.Limit]);
    }

    [Fact]
    public void ExchangeFilters_AreRead()
    {
        var info = FuturesExchangeInfo.Parse("""{"exchangeFilters":[{"filterType":"MAX_NUM_ORDERS","maxNumOrders":200}],"symbols":[]}""");

        info.ExchangeFilters.ShouldBe([new OrderCountFilter(FilterType.MaxNumOrders, 200)]);
    }

    [Fact]
    public void Asset_WithoutItsName_IsKeptWithAnEmptyName()
    {
        var info = FuturesExchangeInfo.Parse("""{"assets":[{"marginAvailable":false}],"symbols":[]}""");

        info.Assets.ShouldBe([new FuturesAsset(string.Empty, false, null)]);
    }

    [Theory]
    [InlineData("""{"notional":"5.0"}""", 5.0, "5.0")]
    [InlineData("""{"notional":5}""", 5, "5")]
    [InlineData("""{"minNotional":"10"}""", 10, "10")]
    [InlineData("""{"minNotional":"10","notional":"20"}""", 20, "20")]
    public void MinNotional_KeepsTheTextAsSent_UnderEitherName(string fields, double expected, string text)
    {
        var json = """{"symbols":[{"symbol":"X","filters":[{"filterType":"MIN_NOTIONAL",""" + fields[1..] + "]}]}";

        var filter = FuturesExchangeInfo.Parse(json).Symbols[0].Filters.ShouldHaveSingleItem().ShouldBeOfType<FuturesMinNotionalFilter>();

        filter.Notional.ShouldBe((decimal)expected);
        filter.NotionalText.ShouldBe(text);
    }

    [Theory]
    [InlineData("""{"symbols":[{"pair":"X"}]}""", "$.symbols[0].symbol is missing.")]
    [InlineData("""{"symbols":[1]}""", "$.symbols[0] must be an object.")]
    [InlineData("""{"symbols":[{"symbol":"X","filters":[{"minPrice":"1"}]}]}""", "$.symbols[0] (X).filters[0].filterType is missing.")]
    [InlineData("""{"symbols":[{"symbol":"X","filters":["PRICE_FILTER"]}]}""", "$.symbols[0] (X).filters[0] must be an object.")]
    [InlineData("""{"exchangeFilters":[[]],"symbols":[]}""", "$.exchangeFilters[0] must be an object.")]
    [InlineData("""{"assets":[{"asset":"BTC"},{"asset":1}],"symbols":[]}""", "$.assets[1].asset must be a string, not 1.")]
    [InlineData("""{"assets":[{"asset":"BTC","autoAssetExchange":"x"}],"symbols":[]}""", "$.assets[0].autoAssetExchange must be a decimal string, not \"x\".")]
    [InlineData("""{"serverTime":1.5,"symbols":[]}""", "$.serverTime must be an integer, not 1.5.")]
    [InlineData("""{"timezone":1,"symbols":[]}""", "$.timezone must be a string, not 1.")]
    [InlineData("""{"symbols":[{"symbol":"X","deliveryDate":"soon"}]}""", "$.symbols[0] (X).deliveryDate must be an integer, not \"soon\".")]
    [InlineData("""{"symbols":[{"symbol":"X","status":1}]}""", "$.symbols[0] (X).status must be a string, not 1.")]
    [InlineData("""{"symbols":[{"symbol":"X","pair":1}]}""", "$.symbols[0] (X).pair must be a string, not 1.")]
    [InlineData("""{"symbols":[{"symbol":"X","contractType":1}]}""", "$.symbols[0] (X).contractType must be a string, not 1.")]
    [InlineData("""{"symbols":[{"symbol":"X","baseAsset":1}]}""", "$.symbols[0] (X).baseAsset must be a string, not 1.")]
    [InlineData("""{"symbols":[{"symbol":"X","quoteAsset":1}]}""", "$.symbols[0] (X).quoteAsset must be a string, not 1.")]
    [InlineData("""{"symbols":[{"symbol":"X","marginAsset":1}]}""", "$.symbols[0] (X).marginAsset must be a string, not 1.")]
    [InlineData("""{"symbols":[{"symbol":"X","underlyingType":1}]}""", "$.symbols[0] (X).underlyingType must be a string, not 1.")]
    [InlineData("""{"symbols":[{"symbol":"X","baseAssetPrecision":"x"}]}""", "$.symbols[0] (X).baseAssetPrecision must be an integer, not \"x\".")]
    [InlineData("""{"symbols":[{"symbol":"X","quotePrecision":"x"}]}""", "$.symbols[0] (X).quotePrecision must be an integer, not \"x\".")]
    [InlineData("""{"symbols":[{"symbol":"X","filters":[{"filterType":"MIN_NOTIONAL"}]}]}""", "$.symbols[0] (X).filters[0] (MIN_NOTIONAL).minNotional is missing.")]
    [InlineData("""{"symbols":[{"symbol":"X","filters":[{"filterType":"PERCENT_PRICE","multiplierUp":"1.05"}]}]}""", "$.symbols[0] (X).filters[0] (PERCENT_PRICE).multiplierDown is missing.")]
    [InlineData("""{"symbols":[{"symbol":"X","filters":[{"filterType":"PERCENT_PRICE","multiplierUp":"1.05","multiplierDown":"0.95","multiplierDecimal":"four"}]}]}""", "$.symbols[0] (X).filters[0] (PERCENT_PRICE).multiplierDecimal must be an integer, not \"four\".")]
    [InlineData("""{"symbols":[]""", "exchangeInfo is not valid JSON")]
    public void BrokenValues_FailWithThePathOfTheProblem(string json, string expected)
    {
        var ex = Should.Throw<ExchangeInfoFormatException>(() => FuturesExchangeInfo.Parse(json));

        ex.Message.ShouldStartWith(expected);
    }

    [Fact]
    public void MissingSymbols_NamesTheFuturesEndpoint()
    {
        var ex = Should.Throw<ExchangeInfoFormatException>(() => FuturesExchangeInfo.Parse("{}"));

        ex.Message.ShouldContain("GET /fapi/v1/exchangeInfo");
    }

    [Fact]
    public void Load_UnreadableFile_IsAFormatErrorNamingTheFile()
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "no-such-dir", "usdm.json");

        var ex = Should.Throw<ExchangeInfoFormatException>(() => FuturesExchangeInfo.Load(path));

        ex.Message.ShouldStartWith($"Cannot read exchangeInfo file '{path}': ");
        ex.InnerException.ShouldBeAssignableTo<IOException>();
        Should.Throw<ExchangeInfoFormatException>(() => FuturesExchangeInfo.Load(string.Empty)).InnerException.ShouldBeOfType<ArgumentException>();
    }

    [Fact]
    public void NullArguments_AreRejectedByName()
    {
        Should.Throw<ArgumentNullException>(() => FuturesExchangeInfo.Parse((string)null!)).ParamName.ShouldBe("json");
        Should.Throw<ArgumentNullException>(() => FuturesExchangeRules.Compile(null!)).ParamName.ShouldBe("info");
        Should.Throw<ArgumentNullException>(() => FuturesOrderRequest.FromParameters(null!)).ParamName.ShouldBe("parameters");
        Should.Throw<ArgumentNullException>(() => FuturesAlgoOrderRequest.FromParameters(null!)).ParamName.ShouldBe("parameters");
        Should.Throw<ArgumentNullException>(() => FuturesOrderValidator.Validate(null!, FuturesExchangeFixture.ValidLimit)).ParamName.ShouldBe("exchange");
        Should.Throw<ArgumentNullException>(() => FuturesOrderValidator.ValidateAlgo(null!, FuturesExchangeFixture.ValidAlgo)).ParamName.ShouldBe("exchange");
        Should.Throw<ArgumentNullException>(() => DecimalFuturesOrderValidator.Validate(null!, FuturesExchangeFixture.ValidLimit)).ParamName.ShouldBe("exchange");
        Should.Throw<ArgumentNullException>(() => DecimalFuturesOrderValidator.ValidateAlgo(null!, FuturesExchangeFixture.ValidAlgo)).ParamName.ShouldBe("exchange");
        Should.Throw<ArgumentNullException>(() => FuturesOrderNormalizer.Normalize(null!, FuturesExchangeFixture.ValidLimit)).ParamName.ShouldBe("exchange");
    }
}
