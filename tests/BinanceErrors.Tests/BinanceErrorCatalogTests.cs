using System.Reflection;
using BinanceErrors.Tests.Fixtures;

namespace BinanceErrors.Tests;

public sealed class BinanceErrorCatalogTests
{
    private static readonly VenueCatalog Spot = BinanceErrorCatalog.For(BinanceVenue.Spot);
    private static readonly VenueCatalog UsdM = BinanceErrorCatalog.For(BinanceVenue.UsdMFutures);
    private static readonly VenueCatalog CoinM = BinanceErrorCatalog.For(BinanceVenue.CoinMFutures);
    private static readonly VenueCatalog Us = BinanceErrorCatalog.For(BinanceVenue.BinanceUs);

    private static void ShouldHave(VenueCatalog catalog, DocumentedCode documented, bool checkName = true)
    {
        catalog.TryGetDefinition(documented.Code, out var definition).ShouldBeTrue($"{catalog.Venue} is missing {documented.Code}");
        if (checkName)
        {
            definition!.Name.ShouldBe(documented.Name, $"{catalog.Venue} {documented.Code}");
        }

        var texts = definition!.Messages.Select(m => m.Text).ToArray();
        foreach (var message in documented.Messages)
        {
            texts.ShouldContain(message, $"{catalog.Venue} {documented.Code} lacks the variant \"{message}\"");
        }
    }

    [Fact]
    public void Spot_HasEveryCodeOfTheLatestErrorsMd_WithExactNameAndEveryMessage()
    {
        var documented = DocumentedCodes.SpotLatest();
        documented.Count.ShouldBe(104);
        foreach (var code in documented)
        {
            // -2021 and -2022 have prose headings; their texts are the heading and the description.
            ShouldHave(Spot, code with { Messages = code.Code is -2021 or -2022 ? [] : code.Messages }, checkName: code.Code is not (-2021 or -2022));
        }

        Spot.TryGetDefinition(-2021, out var partial).ShouldBeTrue();
        partial!.Name.ShouldBe("Order cancel-replace partially failed");
        partial.Messages.Select(m => m.Text).ShouldContain("Order cancel-replace partially failed.");
        Spot.TryGetDefinition(-2022, out var failed).ShouldBeTrue();
        failed!.Name.ShouldBe("Order cancel-replace failed.");
    }

    [Fact]
    public void Spot_Has106CurrentCodes_IncludingTheSectionTitleOnlyCodes()
    {
        Spot.Definitions.Count(d => !d.IsRetired).ShouldBe(106);
        Spot.TryGetDefinition(-1010, out var received).ShouldBeTrue();
        received!.Name.ShouldBe("ERROR_MSG_RECEIVED");
        received.MessagesFrom.ShouldBe(CatalogMessageSource.MatchingEngine);
        Spot.TryGetDefinition(-2038, out var amend).ShouldBeTrue();
        amend!.Name.ShouldBe("ORDER_AMEND_REJECTED");
    }

    [Fact]
    public void Spot_HasEveryHeadingAndBulletOfTheOfficialErrorPage()
    {
        var documented = DocumentedCodes.Headings("spot-errors-page.md");
        documented.Count.ShouldBeGreaterThan(100);
        foreach (var code in documented.Where(c => c.Code is not (-2021 or -2022)))
        {
            ShouldHave(Spot, code);
        }
    }

    [Fact]
    public void Spot_HasEveryMatchingEngineMessage_WithATypedReason()
    {
        var documented = DocumentedCodes.SpotMatchingEngineMessages();
        documented.Count.ShouldBe(41);
        var texts = Spot.MatchingEngineMessages.Select(m => m.Template.Text).ToArray();
        foreach (var message in documented)
        {
            texts.ShouldContain(message);
        }

        Spot.MatchingEngineMessages.ShouldAllBe(m => m.Reason != MatchingEngineReason.Unknown);
        // One reason per documented text; texts users saw the server send instead (observed) share the reason of the
        // documented text they stand for.
        var documentedForms = Spot.MatchingEngineMessages.Where(m => m.Template.Form != MessageForm.Observed).ToArray();
        documentedForms.Select(m => m.Reason).Distinct().Count().ShouldBe(documentedForms.Length);
        foreach (var observed in Spot.MatchingEngineMessages.Where(m => m.Template.Form == MessageForm.Observed))
        {
            documentedForms.Select(m => m.Reason).ShouldContain(observed.Reason, observed.Template.Text);
        }
    }

    [Fact]
    public void Spot_HasEveryFilterFailure_WithItsFilterType()
    {
        var documented = DocumentedCodes.SpotFilterFailures();
        documented.Count.ShouldBe(18);
        foreach (var message in documented)
        {
            var entry = Spot.FilterFailures.Single(f => f.Template.Text == message);
            entry.Filter.ToWireName().ShouldBe(message["Filter failure: ".Length..]);
        }
    }

    [Fact]
    public void Futures_HaveEveryCodeOfBothTables_WithExactNamesAndMessages()
    {
        var rows = DocumentedCodes.Futures();
        rows.Count(r => r.UsdM is not null).ShouldBe(200);
        rows.Count(r => r.CoinM is not null).ShouldBe(152);
        foreach (var (code, usdm, coinm) in rows)
        {
            if (usdm is null)
            {
                UsdM.TryGetDefinition(code, out _).ShouldBeFalse($"USDⓈ-M should not have {code}");
            }
            else
            {
                ShouldHave(UsdM, usdm);
            }

            if (coinm is null)
            {
                CoinM.TryGetDefinition(code, out _).ShouldBeFalse($"COIN-M should not have {code}");
            }
            else
            {
                ShouldHave(CoinM, coinm);
            }
        }

        // The page's 200 plus -4120, which the Algo Service migration added after the stored page (FuturesCatalogTests).
        UsdM.Definitions.Count.ShouldBe(201);
        CoinM.Definitions.Count.ShouldBe(152);
    }

    [Fact]
    public void Futures_KeepTheExchangesOwnTypos()
    {
        UsdM.TryGetDefinition(-1000, out var unknown).ShouldBeTrue();
        unknown!.Messages[0].Text.ShouldBe("An unknown error occured while processing the request.");
        UsdM.TryGetDefinition(-2019, out var margin).ShouldBeTrue();
        margin!.Name.ShouldBe("MARGIN_NOT_SUFFICIEN");
        CoinM.TryGetDefinition(-4155, out var pstop).ShouldBeTrue();
        pstop!.Messages[0].Text.ShouldStartWith("PStop price");
    }

    [Fact]
    public void UsdM_HasEveryVariantOfTheRewordedFuturesPage()
    {
        foreach (var code in DocumentedCodes.Headings("futures-errors-reworded.md"))
        {
            ShouldHave(UsdM, code, checkName: false);
            UsdM.TryGetDefinition(code.Code, out var definition);
            (definition!.Name == code.Name || definition.Aliases.Contains(code.Name)).ShouldBeTrue($"{code.Code} {code.Name}");
        }
    }

    [Fact]
    public void BinanceUs_HasEveryCodeMessageAndTableRowOfItsErrorsMd()
    {
        var documented = DocumentedCodes.Headings("binance-us-errors.md");
        documented.Count.ShouldBe(46); // 44 code headings plus the two cancel-replace headings
        foreach (var code in documented)
        {
            ShouldHave(Us, code);
        }

        var engine = DocumentedCodes.QuotedTableMessages("binance-us-errors.md", "## Messages for", "## Errors regarding");
        engine.Count.ShouldBe(25);
        foreach (var message in engine)
        {
            Us.MatchingEngineMessages.Select(m => m.Template.Text).ShouldContain(message);
        }

        var filters = DocumentedCodes.QuotedTableMessages("binance-us-errors.md", "## Filter failures", "\u0000");
        filters.Count.ShouldBe(12);
        foreach (var message in filters)
        {
            Us.FilterFailures.Select(m => m.Template.Text).ShouldContain(message);
        }

        // Binance.US keeps its own -1111 text.
        Us.TryGetDefinition(-1111, out var precision).ShouldBeTrue();
        precision!.Messages.Select(m => m.Text).ShouldBe(["Precision is over the maximum defined for this asset."]);
        Us.TryGetDefinition(-2021, out _).ShouldBeTrue();
        Us.TryGetDefinition(-2038, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(-2021, "Order cancel-replace partially failed", "ORDER_WOULD_IMMEDIATELY_TRIGGER")]
    [InlineData(-2022, "Order cancel-replace failed.", "REDUCE_ONLY_REJECT")]
    [InlineData(-2026, "ORDER_ARCHIVED", "REDUCE_ONLY_ORDER_TYPE_NOT_SUPPORTED")]
    [InlineData(-1008, "SERVER_BUSY", "Request Throttled")]
    [InlineData(-1108, "PARAM_OVERFLOW", "BAD_ASSET")]
    public void SameCode_MeansDifferentThings_OnSpotAndUsdM(int code, string spotName, string usdmName)
    {
        BinanceErrorCatalog.Lookup(BinanceVenue.Spot, code).Definition!.Name.ShouldBe(spotName);
        BinanceErrorCatalog.Lookup(BinanceVenue.UsdMFutures, code).Definition!.Name.ShouldBe(usdmName);
        BinanceErrorCatalog.Lookup(BinanceVenue.Spot, code).Definition!.Meaning
            .ShouldNotBe(BinanceErrorCatalog.Lookup(BinanceVenue.UsdMFutures, code).Definition!.Meaning);
    }

    [Fact]
    public void Lookup_UnknownCode_IsNotInCatalog_AndNeverThrows()
    {
        var lookup = BinanceErrorCatalog.Lookup(BinanceVenue.Spot, -1234);
        lookup.Status.ShouldBe(CodeLookupStatus.NotInCatalog);
        lookup.IsKnown.ShouldBeFalse();
        lookup.Explanation.ShouldContain("not in the spot catalog");

        BinanceErrorCatalog.Lookup(BinanceVenue.Spot, int.MinValue).Status.ShouldBe(CodeLookupStatus.NotInCatalog);
        BinanceErrorCatalog.Lookup(BinanceVenue.Spot, 0).Status.ShouldBe(CodeLookupStatus.NotInCatalog);
        BinanceErrorCatalog.TryGetDefinition((BinanceVenue)42, -1000, out _).ShouldBeFalse();
    }

    [Fact]
    public void Lookup_FuturesOnlyCodeOnSpot_PointsAtTheOtherVenues()
    {
        var lookup = BinanceErrorCatalog.Lookup(BinanceVenue.Spot, -4164);
        lookup.Status.ShouldBe(CodeLookupStatus.NotInCatalog);
        lookup.OtherVenues.Select(d => d.Venue).ShouldContain(BinanceVenue.UsdMFutures);
        lookup.Explanation.ShouldContain("MIN_NOTIONAL");
    }

    [Theory]
    [InlineData(-9000, "PRICE_FILTER")]
    [InlineData(-9002, "LOT_SIZE")]
    [InlineData(-9011, "EXCHANGE_MAX_NUM_ALGO_ORDERS")]
    public void Lookup_InventedNineThousandCodes_AreNotBinanceCodes_AndPointAtTheRealForm(int code, string filter)
    {
        foreach (var venue in BinanceErrorCatalog.Venues)
        {
            var lookup = BinanceErrorCatalog.Lookup(venue, code);
            lookup.Status.ShouldBe(CodeLookupStatus.NotABinanceCode);
            lookup.Definition.ShouldBeNull();
            lookup.Explanation.ShouldContain("not a Binance code");
            lookup.Explanation.ShouldContain($"-1013");
            lookup.Explanation.ShouldContain($"Filter failure: {filter}");
        }
    }

    [Fact]
    public void ThirdPartyReference_NineThousandCodes_AreAllFlagged()
    {
        var text = DocumentedCodes.Read("binance-us-third-party-reference.md");
        var invented = System.Text.RegularExpressions.Regex.Matches(text, @"\| (-9\d{3}) \|").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        invented.Length.ShouldBe(12);
        invented.ShouldAllBe(c => BinanceErrorCatalog.Lookup(BinanceVenue.BinanceUs, c).Status == CodeLookupStatus.NotABinanceCode);
    }

    [Fact]
    public void Lookup_HistoricCodes_AreRetiredNotDefined()
    {
        var lookup = BinanceErrorCatalog.Lookup(BinanceVenue.Spot, -1131);
        lookup.Status.ShouldBe(CodeLookupStatus.Retired);
        lookup.Definition!.Name.ShouldBe("BAD_RECV_WINDOW");
        BinanceErrorCatalog.Lookup(BinanceVenue.Spot, -1167).Status.ShouldBe(CodeLookupStatus.Retired);
        lookup.Explanation.ShouldBe($"-1131 BAD_RECV_WINDOW is retired on spot: {lookup.Definition.Meaning}");
        lookup.IsKnown.ShouldBeTrue();
    }

    [Fact]
    public void ErrorCodesConstants_MatchTheSpotCatalogExactly()
    {
        var constants = typeof(BinanceErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => (int)f.GetRawConstantValue()!, f => f.Name);
        var current = Spot.Definitions.Where(d => !d.IsRetired).ToArray();

        constants.Count.ShouldBe(current.Length);
        foreach (var definition in current)
        {
            constants.ShouldContainKey(definition.Code);
            var expected = definition.Aliases.Count > 0 ? definition.Aliases[0] : definition.Name;
            Normalize(constants[definition.Code]).ShouldBe(Normalize(expected), $"constant for {definition.Code}");
        }

        static string Normalize(string name) => name.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "ERRORMESSAGERECEIVED" => "ERRORMSGRECEIVED",
            var other => other,
        };
    }

    [Fact]
    public void EveryDefinition_HasMeaningHintCategoryAndNamedPlaceholders()
    {
        foreach (var venue in BinanceErrorCatalog.Venues)
        {
            var catalog = BinanceErrorCatalog.For(venue);
            foreach (var definition in catalog.Definitions)
            {
                definition.Venue.ShouldBe(venue);
                definition.Meaning.ShouldNotBeNullOrWhiteSpace();
                definition.Hint.ShouldNotBeNullOrWhiteSpace();
                definition.Meaning.ShouldNotBe(definition.Hint);
                catalog.Categories.ShouldContain(definition.Category);
                foreach (var template in definition.Messages)
                {
                    template.ArgumentNames.Count.ShouldBe(template.Pattern.PlaceholderCount, $"{venue} {definition.Code} \"{template.Text}\"");
                }
            }
        }
    }

    [Fact]
    public void FlagsForTheClassifier_AreSetOnTheDefiningCodes()
    {
        foreach (var venue in BinanceErrorCatalog.Venues)
        {
            BinanceErrorCatalog.Lookup(venue, -1006).Definition!.ExecutionUnknown.ShouldBeTrue();
            BinanceErrorCatalog.Lookup(venue, -1007).Definition!.ExecutionUnknown.ShouldBeTrue();
            BinanceErrorCatalog.Lookup(venue, -1021).Definition!.Kind.ShouldBe(BinanceErrorKind.ClockSkew);
            BinanceErrorCatalog.Lookup(venue, -1003).Definition!.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        }

        BinanceErrorCatalog.Lookup(BinanceVenue.UsdMFutures, -4164).Definition!.Filter.ShouldBe(FilterType.MinNotional);
        BinanceErrorCatalog.Lookup(BinanceVenue.Spot, -1013).Definition!.MessagesFrom.ShouldBe(CatalogMessageSource.FilterFailures);
    }

    [Fact]
    public void For_UndefinedVenue_ThrowsClearly()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => BinanceErrorCatalog.For((BinanceVenue)9));
        error.ParamName.ShouldBe("venue");
    }
}
