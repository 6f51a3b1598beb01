namespace BinanceErrors.Tests;

/// <summary>The one lower-case name of each venue, written and read back the same everywhere.</summary>
public sealed class BinanceVenueNamesTests
{
    [Theory]
    [InlineData(BinanceVenue.Spot, "spot")]
    [InlineData(BinanceVenue.UsdMFutures, "usdm")]
    [InlineData(BinanceVenue.CoinMFutures, "coinm")]
    [InlineData(BinanceVenue.BinanceUs, "us")]
    public void EachVenue_HasOneName_ThatReadsBack(BinanceVenue venue, string name)
    {
        BinanceVenueNames.Of(venue).ShouldBe(name);
        BinanceVenueNames.TryParse(name, out var read).ShouldBeTrue();
        read.ShouldBe(venue);
        BinanceTelemetryTags.VenueValue(venue).ShouldBe(name, "metric tags use the same name");
        BinanceVenueNames.All[(int)venue].ShouldBe(name);
    }

    [Theory]
    [InlineData("USDM")]
    [InlineData(" usdm")]
    [InlineData("UsdMFutures")]
    [InlineData("futures")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingElse_IsNoVenue(string? text)
    {
        BinanceVenueNames.TryParse(text, out var venue).ShouldBeFalse();
        venue.ShouldBe(BinanceVenue.Spot);
    }

    [Fact]
    public void AValueOutsideTheEnum_IsWrittenAsItsNumber_AndTaggedOther()
    {
        BinanceVenueNames.Of((BinanceVenue)4).ShouldBe("4", "one past the last venue");
        BinanceVenueNames.Of((BinanceVenue)7).ShouldBe("7");
        BinanceVenueNames.Of((BinanceVenue)(-1)).ShouldBe("-1");
        BinanceTelemetryTags.VenueValue((BinanceVenue)7).ShouldBe("_OTHER");
        BinanceVenueNames.All.Count.ShouldBe(Enum.GetValues<BinanceVenue>().Length);
    }

    [Fact]
    public void TextsForPeople_NameTheVenueTheSameWay()
    {
        var error = BinanceErrorClassifier.Classify(BinanceVenue.UsdMFutures, 400, """{"code":-2019,"msg":"Margin is insufficient."}""");
        error.ToString().ShouldContain("(usdm, HTTP 400");
        var exception = new BinanceApiException(error);
        exception.Message.ShouldStartWith("Binance usdm error -2019 ");
        exception.Data["Venue"].ShouldBe("usdm");
        BinanceErrorCatalog.Lookup(BinanceVenue.CoinMFutures, -2019).Definition!.ToString().ShouldEndWith("(coinm)");
        BinanceErrorCatalog.Lookup(BinanceVenue.BinanceUs, -4164).Explanation.ShouldStartWith("-4164 is not in the us catalog; on usdm");
        var both = BinanceErrorCatalog.Lookup(BinanceVenue.Spot, -4003);
        both.Explanation.ShouldBe($"-4003 is not in the spot catalog; on usdm, coinm it is {both.OtherVenues[0].Name}.");
        var defined = BinanceErrorCatalog.Lookup(BinanceVenue.UsdMFutures, -4003);
        defined.Explanation.ShouldBe($"-4003 {defined.Definition!.Name}: {defined.Definition.Meaning}");
    }
}
