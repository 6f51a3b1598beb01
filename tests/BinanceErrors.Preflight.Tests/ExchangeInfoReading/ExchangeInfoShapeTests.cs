using BinanceErrors.Preflight.Filters;

namespace BinanceErrors.Preflight.Tests.ExchangeInfoReading;

/// <summary>
/// Every field the reader maps, every enum value it knows, its defaults for missing fields, and the error (with the
/// JSON path) for each wrong shape. Field names and enum texts are those of GET /api/v3/exchangeInfo.
/// </summary>
public sealed class ExchangeInfoShapeTests
{
    private static SymbolInfo OneSymbol(string fields) => ExchangeInfo.Parse($$"""{"symbols":[{"symbol":"ABCUSDT"{{fields}}}]}""").Symbols.Single();

    private static SymbolFilter OneFilter(string filter) => OneSymbol($$""","filters":[{{filter}}]""").Filters.Single();

    [Theory]
    [InlineData("""{"symbols":{}}""")]
    [InlineData("""{"symbols":null}""")]
    [InlineData("""{"symbols":"BTCUSDT"}""")]
    [InlineData("""{"Symbols":[]}""")]
    public void SymbolsThatAreNotAnArray_AreRefusedByName(string json)
    {
        Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Parse(json))
            .Message.ShouldBe("exchangeInfo has no 'symbols' array; is this a GET /api/v3/exchangeInfo response?");
    }

    [Theory]
    [InlineData("\"text\"", "String")]
    [InlineData("42", "Number")]
    [InlineData("null", "Null")]
    public void RootThatIsNotAnObject_IsRefusedWithItsKind(string json, string kind)
    {
        Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Parse(json)).Message.ShouldBe($"exchangeInfo must be a JSON object, not {kind}.");
    }

    [Fact]
    public void InvalidJson_KeepsTheParserErrorAsInnerException()
    {
        var error = Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Parse("""{"symbols":[}"""));

        error.Message.ShouldStartWith("exchangeInfo is not valid JSON: ");
        error.InnerException.ShouldBeAssignableTo<System.Text.Json.JsonException>();
    }

    [Fact]
    public void CommentsAndTrailingCommas_AreAccepted()
    {
        ExchangeInfo.Parse("""{ /* saved by hand */ "symbols":[{"symbol":"ABCUSDT",},], }""").Symbols.Single().Symbol.ShouldBe("ABCUSDT");
    }

    [Fact]
    public void NullArguments_AreArgumentErrors()
    {
        Should.Throw<ArgumentNullException>(() => ExchangeInfo.Parse((string)null!)).ParamName.ShouldBe("json");
        Should.Throw<ArgumentNullException>(() => ExchangeRules.Compile(null!)).ParamName.ShouldBe("info");
        Should.Throw<ArgumentNullException>(() => OrderValidator.Validate(null!, ExchangeFixture.ValidLimit)).ParamName.ShouldBe("exchange");
        Should.Throw<ArgumentNullException>(() => DecimalOrderValidator.Validate(null!, ExchangeFixture.ValidLimit)).ParamName.ShouldBe("exchange");
        Should.Throw<ArgumentNullException>(() => OcoValidator.Validate(null!, default)).ParamName.ShouldBe("exchange");
    }

    [Fact]
    public void MissingTopLevelFields_TakeTheirDefaults()
    {
        var info = ExchangeInfo.Parse("""{"symbols":[]}""");

        info.Timezone.ShouldBe("UTC");
        info.ServerTime.ShouldBe(0);
        info.RateLimits.ShouldBeEmpty();
        info.ExchangeFilters.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"timezone":0,"symbols":[]}""", "$.timezone must be a string, not 0.")]
    [InlineData("""{"serverTime":"1763700000000","symbols":[]}""", "$.serverTime must be an integer, not \"1763700000000\".")]
    [InlineData("""{"rateLimits":{},"symbols":[]}""", "$.rateLimits must be an array, not {}.")]
    [InlineData("""{"exchangeFilters":"none","symbols":[]}""", "$.exchangeFilters must be an array, not \"none\".")]
    public void TopLevelFieldsOfAnotherShape_AreRefusedByPath(string json, string message)
    {
        Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Parse(json)).Message.ShouldBe(message);
    }

    [Fact]
    public void TopLevelNulls_AreAbsentValues()
    {
        var info = ExchangeInfo.Parse("""{"timezone":"Asia/Tokyo","serverTime":null,"rateLimits":null,"exchangeFilters":null,"symbols":[]}""");

        info.Timezone.ShouldBe("Asia/Tokyo");
        info.ServerTime.ShouldBe(0);
        info.RateLimits.ShouldBeEmpty();
        info.ExchangeFilters.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("REQUEST_WEIGHT", "SECOND", BinanceRateLimitType.RequestWeight, BinanceRateLimitInterval.Second)]
    [InlineData("ORDERS", "MINUTE", BinanceRateLimitType.Orders, BinanceRateLimitInterval.Minute)]
    [InlineData("RAW_REQUESTS", "HOUR", BinanceRateLimitType.RawRequests, BinanceRateLimitInterval.Hour)]
    [InlineData("RAW_REQUEST", "DAY", BinanceRateLimitType.RawRequests, BinanceRateLimitInterval.Day)]
    [InlineData("CONNECTIONS", "MINUTE", BinanceRateLimitType.Connections, BinanceRateLimitInterval.Minute)]
    [InlineData("SOMETHING_NEW", "SECOND", BinanceRateLimitType.Unknown, BinanceRateLimitInterval.Second)]
    public void RateLimit_EveryTypeAndInterval(string type, string interval, BinanceRateLimitType expectedType, BinanceRateLimitInterval expectedInterval)
    {
        var info = ExchangeInfo.Parse($$"""{"rateLimits":[{"rateLimitType":"{{type}}","interval":"{{interval}}","intervalNum":3,"limit":1200}],"symbols":[]}""");

        info.RateLimits.Single().ShouldBe(new BinanceRateLimit(expectedType, expectedInterval, 3, 1200));
    }

    [Theory]
    [InlineData(BinanceRateLimitInterval.Second, 10, 10, "10S", "10 SECOND")]
    [InlineData(BinanceRateLimitInterval.Minute, 1, 60, "1M", "1 MINUTE")]
    [InlineData(BinanceRateLimitInterval.Hour, 2, 7200, "2H", "2 HOUR")]
    [InlineData(BinanceRateLimitInterval.Day, 1, 86400, "1D", "1 DAY")]
    public void RateLimit_WindowHeaderSuffixAndText(BinanceRateLimitInterval interval, int number, int seconds, string suffix, string text)
    {
        var limit = new BinanceRateLimit(BinanceRateLimitType.Orders, interval, number, 100);

        limit.Window.ShouldBe(TimeSpan.FromSeconds(seconds));
        limit.HeaderSuffix.ShouldBe(suffix); // as in X-MBX-ORDER-COUNT-10S
        limit.IntervalText.ShouldBe(text);
    }

    [Fact]
    public void RateLimit_MissingNumbersDefault_AndAMissingIntervalIsNamed()
    {
        ExchangeInfo.Parse("""{"rateLimits":[{"rateLimitType":"ORDERS","interval":"DAY"}],"symbols":[]}""").RateLimits.Single()
            .ShouldBe(new BinanceRateLimit(BinanceRateLimitType.Orders, BinanceRateLimitInterval.Day, 1, 0));

        Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Parse("""{"rateLimits":[{},{"rateLimitType":"ORDERS"}],"symbols":[]}"""))
            .Message.ShouldBe("$.rateLimits[0].interval: '' is not SECOND, MINUTE, HOUR or DAY.");
    }

    [Theory]
    [InlineData("TRADING", SymbolStatus.Trading)]
    [InlineData("END_OF_DAY", SymbolStatus.EndOfDay)]
    [InlineData("HALT", SymbolStatus.Halt)]
    [InlineData("BREAK", SymbolStatus.Break)]
    [InlineData("CANCEL_ONLY", SymbolStatus.CancelOnly)]
    [InlineData("PRE_TRADING", SymbolStatus.PreTrading)]
    [InlineData("POST_TRADING", SymbolStatus.PostTrading)]
    [InlineData("AUCTION_MATCH", SymbolStatus.AuctionMatch)]
    [InlineData("trading", SymbolStatus.Unknown)]
    public void Status_EveryValue(string status, SymbolStatus expected)
    {
        var symbol = OneSymbol($$""","status":"{{status}}" """);

        symbol.Status.ShouldBe(expected);
        symbol.StatusText.ShouldBe(status);
    }

    [Fact]
    public void Symbol_MissingFieldsTakeTheirDefaults()
    {
        var symbol = OneSymbol("");

        symbol.Status.ShouldBe(SymbolStatus.Unknown);
        symbol.StatusText.ShouldBe(string.Empty);
        symbol.BaseAsset.ShouldBe(string.Empty);
        symbol.QuoteAsset.ShouldBe(string.Empty);
        (symbol.BaseAssetPrecision, symbol.QuotePrecision, symbol.QuoteAssetPrecision, symbol.BaseCommissionPrecision, symbol.QuoteCommissionPrecision)
            .ShouldBe((8, 8, 8, 8, 8));
        symbol.OrderTypes.ShouldBeEmpty();
        symbol.Filters.ShouldBeEmpty();
        symbol.PermissionSets.ShouldBeEmpty();
        symbol.DefaultSelfTradePreventionMode.ShouldBeNull();
        symbol.AllowedSelfTradePreventionModes.ShouldBeEmpty();
        symbol.IcebergAllowed.ShouldBeFalse();
    }

    [Fact]
    public void Symbol_EveryFieldIsRead()
    {
        var symbol = OneSymbol("""
            ,"status":"TRADING","baseAsset":"ABC","baseAssetPrecision":6,"quoteAsset":"USDT","quotePrecision":7,"quoteAssetPrecision":5,
            "baseCommissionPrecision":4,"quoteCommissionPrecision":3,"orderTypes":["LIMIT","MARKET","STOP_LOSS","STOP_LOSS_LIMIT","TAKE_PROFIT","TAKE_PROFIT_LIMIT","LIMIT_MAKER","OTHER"],
            "icebergAllowed":true,"ocoAllowed":true,"otoAllowed":true,"opoAllowed":true,"quoteOrderQtyMarketAllowed":true,"allowTrailingStop":true,
            "cancelReplaceAllowed":true,"amendAllowed":true,"pegInstructionsAllowed":true,"isSpotTradingAllowed":true,"isMarginTradingAllowed":true,
            "permissionSets":[["SPOT","MARGIN"],["TRD_GRP_002"]],"defaultSelfTradePreventionMode":"EXPIRE_MAKER",
            "allowedSelfTradePreventionModes":["EXPIRE_TAKER","EXPIRE_MAKER"]
            """);

        symbol.BaseAsset.ShouldBe("ABC");
        symbol.QuoteAsset.ShouldBe("USDT");
        (symbol.BaseAssetPrecision, symbol.QuotePrecision, symbol.QuoteAssetPrecision, symbol.BaseCommissionPrecision, symbol.QuoteCommissionPrecision)
            .ShouldBe((6, 7, 5, 4, 3));
        symbol.OrderTypes.ShouldBe([BinanceOrderType.Limit, BinanceOrderType.Market, BinanceOrderType.StopLoss, BinanceOrderType.StopLossLimit, BinanceOrderType.TakeProfit, BinanceOrderType.TakeProfitLimit, BinanceOrderType.LimitMaker]);
        new[]
        {
            symbol.IcebergAllowed, symbol.OcoAllowed, symbol.OtoAllowed, symbol.OpoAllowed, symbol.QuoteOrderQtyMarketAllowed, symbol.AllowTrailingStop,
            symbol.CancelReplaceAllowed, symbol.AmendAllowed, symbol.PegInstructionsAllowed, symbol.IsSpotTradingAllowed, symbol.IsMarginTradingAllowed,
        }.ShouldAllBe(flag => flag);
        symbol.PermissionSets.Count.ShouldBe(2);
        symbol.PermissionSets[0].ShouldBe(["SPOT", "MARGIN"]);
        symbol.PermissionSets[1].ShouldBe(["TRD_GRP_002"]);
        symbol.DefaultSelfTradePreventionMode.ShouldBe("EXPIRE_MAKER");
        symbol.AllowedSelfTradePreventionModes.ShouldBe(["EXPIRE_TAKER", "EXPIRE_MAKER"]);
    }

    [Fact]
    public void QuoteAssetPrecision_FallsBackToQuotePrecision()
    {
        OneSymbol(""","quotePrecision":2""").QuoteAssetPrecision.ShouldBe(2);
    }

    [Theory]
    [InlineData(",\"orderTypes\":\"LIMIT\"", "$.symbols[0] (ABCUSDT).orderTypes must be an array, not \"LIMIT\".")]
    [InlineData(""","filters":{}""", "$.symbols[0] (ABCUSDT).filters must be an array, not {}.")]
    [InlineData(",\"permissionSets\":\"SPOT\"", "$.symbols[0] (ABCUSDT).permissionSets must be an array, not \"SPOT\".")]
    public void ListsOfAnotherShape_AreRefusedByPath(string fields, string message)
    {
        Should.Throw<ExchangeInfoFormatException>(() => OneSymbol(fields)).Message.ShouldBe(message);
    }

    [Fact]
    public void NullListsAreEmpty_AndNullFlagsAreFalse()
    {
        var symbol = OneSymbol(""","orderTypes":null,"filters":null,"permissionSets":null,"allowedSelfTradePreventionModes":null,"icebergAllowed":null""");

        symbol.OrderTypes.ShouldBeEmpty();
        symbol.Filters.ShouldBeEmpty();
        symbol.PermissionSets.ShouldBeEmpty();
        symbol.AllowedSelfTradePreventionModes.ShouldBeEmpty();
        symbol.IcebergAllowed.ShouldBeFalse();
    }

    public static TheoryData<string, SymbolFilter> Filters() => new()
    {
        { """{"filterType":"PRICE_FILTER","minPrice":"0.01","maxPrice":"1000","tickSize":"0.01"}""", new PriceFilter(0.01m, 1000m, 0.01m) },
        { """{"filterType":"PERCENT_PRICE","multiplierUp":"5","multiplierDown":"0.2","avgPriceMins":5}""", new PercentPriceFilter(5m, 0.2m, 5) },
        { """{"filterType":"PERCENT_PRICE_BY_SIDE","bidMultiplierUp":"1.1","bidMultiplierDown":"0.2","askMultiplierUp":"5","askMultiplierDown":"0.8","avgPriceMins":1}""", new PercentPriceBySideFilter(1.1m, 0.2m, 5m, 0.8m, 1) },
        { """{"filterType":"LOT_SIZE","minQty":"0.001","maxQty":"9000","stepSize":"0.001"}""", new LotSizeFilter(FilterType.LotSize, 0.001m, 9000m, 0.001m) },
        { """{"filterType":"MARKET_LOT_SIZE","minQty":"0","maxQty":"100","stepSize":"0"}""", new LotSizeFilter(FilterType.MarketLotSize, 0m, 100m, 0m) },
        { """{"filterType":"MIN_NOTIONAL","minNotional":"10","applyToMarket":false,"avgPriceMins":5}""", new MinNotionalFilter(10m, false, 5) },
        { """{"filterType":"MIN_NOTIONAL","minNotional":"10"}""", new MinNotionalFilter(10m, true, 0) },
        { """{"filterType":"NOTIONAL","minNotional":"5","applyMinToMarket":true,"maxNotional":"9000","applyMaxToMarket":true,"avgPriceMins":5}""", new NotionalFilter(5m, true, 9000m, true, 5) },
        { """{"filterType":"ICEBERG_PARTS","limit":10}""", new IcebergPartsFilter(10) },
        { """{"filterType":"MAX_NUM_ORDERS","maxNumOrders":200}""", new OrderCountFilter(FilterType.MaxNumOrders, 200) },
        { """{"filterType":"MAX_NUM_ORDERS","limit":150}""", new OrderCountFilter(FilterType.MaxNumOrders, 150) },
        { """{"filterType":"MAX_NUM_ALGO_ORDERS","maxNumAlgoOrders":5}""", new OrderCountFilter(FilterType.MaxNumAlgoOrders, 5) },
        { """{"filterType":"MAX_NUM_ALGO_ORDERS","limit":4}""", new OrderCountFilter(FilterType.MaxNumAlgoOrders, 4) },
        { """{"filterType":"MAX_NUM_ICEBERG_ORDERS","maxNumIcebergOrders":100}""", new OrderCountFilter(FilterType.MaxNumIcebergOrders, 100) },
        { """{"filterType":"MAX_NUM_ORDER_AMENDS","maxNumOrderAmends":10}""", new OrderCountFilter(FilterType.MaxNumOrderAmends, 10) },
        { """{"filterType":"MAX_NUM_ORDER_LISTS","maxNumOrderLists":20}""", new OrderCountFilter(FilterType.MaxNumOrderLists, 20) },
        { """{"filterType":"MAX_POSITION","maxPosition":"10000"}""", new MaxPositionFilter(10000m) },
        { """{"filterType":"TRAILING_DELTA","minTrailingAboveDelta":10,"maxTrailingAboveDelta":2000,"minTrailingBelowDelta":20,"maxTrailingBelowDelta":3000}""", new TrailingDeltaFilter(10, 2000, 20, 3000) },
        { """{"filterType":"MAX_ASSET","asset":"USDC","limit":"42"}""", new MaxAssetFilter("USDC", 42m) },
        { """{"filterType":"MAX_ASSET","limit":"42"}""", new MaxAssetFilter(string.Empty, 42m) },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void SymbolFilter_EveryTypeIsReadWithEveryField(string json, SymbolFilter expected)
    {
        OneFilter(json).ShouldBe(expected);
    }

    [Theory]
    [InlineData("EXCHANGE_MAX_NUM_ORDERS", "maxNumOrders", FilterType.ExchangeMaxNumOrders)]
    [InlineData("EXCHANGE_MAX_NUM_ALGO_ORDERS", "maxNumAlgoOrders", FilterType.ExchangeMaxNumAlgoOrders)]
    [InlineData("EXCHANGE_MAX_NUM_ICEBERG_ORDERS", "maxNumIcebergOrders", FilterType.ExchangeMaxNumIcebergOrders)]
    [InlineData("EXCHANGE_MAX_NUM_ORDER_LISTS", "maxNumOrderLists", FilterType.ExchangeMaxNumOrderLists)]
    public void ExchangeFilter_EveryCountIsReadAndCompiled(string name, string field, FilterType type)
    {
        var info = ExchangeInfo.Parse($$"""{"exchangeFilters":[{"filterType":"{{name}}","{{field}}":7}],"symbols":[]}""");
        var rules = ExchangeRules.Compile(info);

        info.ExchangeFilters.Single().ShouldBe(new OrderCountFilter(type, 7));
        new[] { rules.ExchangeMaxNumOrders, rules.ExchangeMaxNumAlgoOrders, rules.ExchangeMaxNumIcebergOrders, rules.ExchangeMaxNumOrderLists }
            .Count(limit => limit == 7).ShouldBe(1);
        (type switch
        {
            FilterType.ExchangeMaxNumOrders => rules.ExchangeMaxNumOrders,
            FilterType.ExchangeMaxNumAlgoOrders => rules.ExchangeMaxNumAlgoOrders,
            FilterType.ExchangeMaxNumIcebergOrders => rules.ExchangeMaxNumIcebergOrders,
            _ => rules.ExchangeMaxNumOrderLists,
        }).ShouldBe(7);
    }

    [Theory]
    [InlineData("\"0.00000100\"", "0.000001")]
    [InlineData("0.1", "0.1")] // futures documents carry some decimals as JSON numbers
    [InlineData("\"1e-8\"", "0.00000001")]
    [InlineData("\"-5\"", "-5")]
    public void Decimal_ReadsStringsAndNumbersExactly(string raw, string expected)
    {
        var filter = (MaxPositionFilter)OneFilter($$"""{"filterType":"MAX_POSITION","maxPosition":{{raw}}}""");

        filter.MaxPosition.ShouldBe(decimal.Parse(expected, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("\"3\"", 3)]
    [InlineData("\"-3\"", -3)]
    [InlineData("null", 0)]
    public void Integer_ReadsNumbersAndIntegerStrings(string raw, int expected)
    {
        ((IcebergPartsFilter)OneFilter($$"""{"filterType":"ICEBERG_PARTS","limit":{{raw}}}""")).Limit.ShouldBe(expected);
    }

    [Theory]
    [InlineData(""","symbols":[5]""", "$.symbols[0] must be an object.")]
    [InlineData(""","symbols":[{"symbol":"A"},{"symbol":null}]""", "$.symbols[1].symbol is missing.")]
    [InlineData(""","symbols":[{"symbol":7}]""", "$.symbols[0].symbol must be a string, not 7.")]
    [InlineData(""","symbols":[{"symbol":"A","filters":["PRICE_FILTER"]}]""", "$.symbols[0] (A).filters[0] must be an object.")]
    [InlineData(""","symbols":[{"symbol":"A","filters":[{"minPrice":"1"}]}]""", "$.symbols[0] (A).filters[0].filterType is missing.")]
    [InlineData(""","symbols":[{"symbol":"A","filters":[{"filterType":"ICEBERG_PARTS","limit":"ten"}]}]""", "$.symbols[0] (A).filters[0] (ICEBERG_PARTS).limit must be an integer, not \"ten\".")]
    [InlineData(""","symbols":[{"symbol":"A","filters":[{"filterType":"ICEBERG_PARTS","limit":2.5}]}]""", "$.symbols[0] (A).filters[0] (ICEBERG_PARTS).limit must be an integer, not 2.5.")]
    [InlineData(""","symbols":[{"symbol":"A","filters":[{"filterType":"MAX_POSITION","maxPosition":true}]}]""", "$.symbols[0] (A).filters[0] (MAX_POSITION).maxPosition must be a decimal string, not true.")]
    [InlineData(""","symbols":[{"symbol":"A","filters":[{"filterType":"MAX_POSITION","maxPosition":"1,5"}]}]""", "$.symbols[0] (A).filters[0] (MAX_POSITION).maxPosition must be a decimal string, not \"1,5\".")]
    [InlineData(""","symbols":[{"symbol":"A","filters":[{"filterType":"NOTIONAL","minNotional":"1","applyMinToMarket":1,"maxNotional":"2"}]}]""", "$.symbols[0] (A).filters[0] (NOTIONAL).applyMinToMarket must be true or false, not 1.")]
    [InlineData(""","symbols":[{"symbol":"A","baseAssetPrecision":"eight"}]""", "$.symbols[0] (A).baseAssetPrecision must be an integer, not \"eight\".")]
    [InlineData(""","serverTime":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","symbols":[]""", "$.serverTime must be an integer, not \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\".")] // 60 characters: quoted whole
    [InlineData(""","serverTime":"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy","symbols":[]""", "$.serverTime must be an integer, not \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy....")] // 61: cut to 57 and "..."
    [InlineData(""","symbols":[{"symbol":"A","status":1}]""", "$.symbols[0] (A).status must be a string, not 1.")]
    [InlineData(""","exchangeFilters":[{"filterType":"EXCHANGE_MAX_NUM_ORDERS","maxNumOrders":"many"}],"symbols":[]""", "$.exchangeFilters[0] (EXCHANGE_MAX_NUM_ORDERS).maxNumOrders must be an integer, not \"many\".")]
    [InlineData(""","rateLimits":[{"rateLimitType":"ORDERS","interval":"SECOND","limit":"x"}],"symbols":[]""", "$.rateLimits[0].limit must be an integer, not \"x\".")]
    public void WrongShapes_NameThePathAndTheValue(string body, string message)
    {
        var json = "{\"timezone\":\"UTC\"" + body + "}";

        Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Parse(json)).Message.ShouldBe(message);
    }

    [Fact]
    public void Load_ReadsTheFile_AndRefusesADirectory()
    {
        ExchangeInfo.Load(ExchangeFixture.Path).Symbols.Count.ShouldBe(ExchangeFixture.Info.Symbols.Count);

        var error = Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Load(AppContext.BaseDirectory));
        error.Message.ShouldStartWith($"Cannot read exchangeInfo file '{AppContext.BaseDirectory}': ");
        error.InnerException.ShouldNotBeNull();
    }

    [Fact]
    public void DuplicateSymbols_TheLastOneWins()
    {
        var rules = ExchangeRules.Compile(ExchangeInfo.Parse("""{"symbols":[{"symbol":"A","status":"HALT"},{"symbol":"A","status":"TRADING"}]}"""));

        rules.Symbols.Single().Info.Status.ShouldBe(SymbolStatus.Trading);
        rules.TryGetSymbol("A".AsSpan(), out var a).ShouldBeTrue();
        a!.ToString().ShouldBe("A (Trading)");
    }
}
