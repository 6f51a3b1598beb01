using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.ExchangeInfoReading;

/// <summary>
/// A document given to the other venue's reader fails with one sentence naming the right reader (and the CLI's
/// <c>--venue</c>), and says which venue it is: before, a Spot document read as USDⓈ-M gave symbols without precisions
/// or contract fields, and a USDⓈ-M one read as Spot failed on a field of the wrong shape.
/// </summary>
public sealed class ExchangeInfoVenueTests
{
    private static readonly string SpotDocument = File.ReadAllText(ExchangeFixture.Path);
    private static readonly string UsdMDocument = File.ReadAllText(Futures.FuturesExchangeFixture.Path);
    private static readonly string UsdMDocSample = File.ReadAllText(Futures.FuturesExchangeFixture.DocSamplePath);

    [Fact]
    public void ASpotDocument_ReadAsFutures_SaysItIsSpot()
    {
        var error = Should.Throw<ExchangeInfoFormatException>(() => FuturesExchangeInfo.Parse(SpotDocument));

        error.Message.ShouldBe("This is a Spot exchangeInfo (GET /api/v3/exchangeInfo), not a futures one: read it with ExchangeInfo (in the CLI, --venue spot).");
        error.DocumentVenue.ShouldBe(BinanceVenue.Spot);
    }

    [Theory]
    [MemberData(nameof(UsdMDocuments))]
    public void AUsdMDocument_ReadAsSpot_SaysItIsUsdM(string document)
    {
        var error = Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Parse(document));

        error.Message.ShouldBe("This is a USDⓈ-M futures exchangeInfo (GET /fapi/v1/exchangeInfo), not a Spot one: read it with FuturesExchangeInfo (in the CLI, --venue usdm).");
        error.DocumentVenue.ShouldBe(BinanceVenue.UsdMFutures);
    }

    public static TheoryData<string> UsdMDocuments() => new() { UsdMDocument, UsdMDocSample };

    [Fact]
    public void ACoinMDocument_ReadAsSpot_SaysItIsCoinM()
    {
        const string CoinM = """
            {"timezone":"UTC","serverTime":1,"exchangeFilters":[],"symbols":[
              {"symbol":"BTCUSD_PERP","pair":"BTCUSD","contractType":"PERPETUAL","contractStatus":"TRADING","contractSize":100,
               "marginAsset":"BTC","pricePrecision":1,"quantityPrecision":0,"filters":[]}]}
            """;
        var error = Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Parse(CoinM));

        error.Message.ShouldStartWith("This is a COIN-M futures exchangeInfo (GET /dapi/v1/exchangeInfo), not a Spot one");
        error.DocumentVenue.ShouldBe(BinanceVenue.CoinMFutures);
        FuturesExchangeInfo.Parse(CoinM).Symbols.Single().Symbol.ShouldBe("BTCUSD_PERP"); // the futures reader reads /dapi
    }

    [Fact]
    public void EachReader_StillReadsItsOwnVenue_AndDocumentsWithoutTellingFields()
    {
        ExchangeInfo.Parse(SpotDocument).Symbols.ShouldNotBeEmpty();
        FuturesExchangeInfo.Parse(UsdMDocument).Symbols.ShouldNotBeEmpty();
        FuturesExchangeInfo.Parse(UsdMDocSample).Symbols.ShouldNotBeEmpty();

        // A document that names no venue-specific field is read by either reader, as before.
        const string Neutral = """{"symbols":[{"symbol":"BTCUSDT","status":"TRADING","filters":[]}]}""";
        ExchangeInfo.Parse(Neutral).Symbols.Single().Symbol.ShouldBe("BTCUSDT");
        FuturesExchangeInfo.Parse(Neutral).Symbols.Single().Symbol.ShouldBe("BTCUSDT");
    }

    [Fact]
    public void OtherFormatErrors_NameNoVenue()
    {
        Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Parse("{}")).DocumentVenue.ShouldBeNull();
        Should.Throw<ExchangeInfoFormatException>(() => FuturesExchangeInfo.Parse("[]")).DocumentVenue.ShouldBeNull();
    }

    [Theory]
    // Each telling field of a symbol on its own, after a symbol that tells nothing and an entry that is no object.
    [InlineData("{}", """{"contractType":"PERPETUAL"}""", BinanceVenue.UsdMFutures)]
    [InlineData("{}", """{"marginAsset":"USDT"}""", BinanceVenue.UsdMFutures)]
    [InlineData("{}", """{"pricePrecision":2}""", BinanceVenue.UsdMFutures)]
    [InlineData("{}", """{"quantityPrecision":3}""", BinanceVenue.UsdMFutures)]
    [InlineData("{}", """{"contractSize":100}""", BinanceVenue.CoinMFutures)]
    [InlineData("{}", """{"contractStatus":"TRADING"}""", BinanceVenue.CoinMFutures)]
    [InlineData("{}", """{"isSpotTradingAllowed":true}""", BinanceVenue.Spot)]
    [InlineData("{}", """{"isMarginTradingAllowed":false}""", BinanceVenue.Spot)]
    [InlineData("{}", """{"quoteOrderQtyMarketAllowed":true}""", BinanceVenue.Spot)]
    [InlineData("{}", """{"ocoAllowed":true}""", BinanceVenue.Spot)]
    [InlineData("{}", """{"icebergAllowed":true}""", BinanceVenue.Spot)]
    [InlineData("{}", """{"baseCommissionPrecision":8}""", BinanceVenue.Spot)]
    [InlineData("{}", """{"status":"TRADING"}""", null)]
    // The root tells first: futures documents send assets (USDⓈ-M also futuresType), Spot its SORs; the futures venue
    // then comes from the first symbol object (contract size or status: COIN-M).
    [InlineData("""{"futuresType":"U_MARGINED"}""", """{"status":"TRADING"}""", BinanceVenue.UsdMFutures)]
    [InlineData("""{"assets":[]}""", """{"status":"TRADING"}""", BinanceVenue.UsdMFutures)]
    [InlineData("""{"assets":[]}""", """{"contractSize":10}""", BinanceVenue.CoinMFutures)]
    [InlineData("""{"assets":[]}""", """{"contractStatus":"TRADING"}""", BinanceVenue.CoinMFutures)]
    [InlineData("""{"sors":[]}""", """{"contractSize":10}""", BinanceVenue.Spot)]
    public void TheVenue_IsTakenFromTheFirstTellingField(string root, string symbol, BinanceVenue? venue)
    {
        using var document = System.Text.Json.JsonDocument.Parse(root);
        using var symbols = System.Text.Json.JsonDocument.Parse($$"""[7,{"symbol":"X"},{{symbol}}]""");

        BinanceErrors.Preflight.Internal.ExchangeInfoVenue.Detect(document.RootElement, symbols.RootElement).ShouldBe(venue);
    }
}
