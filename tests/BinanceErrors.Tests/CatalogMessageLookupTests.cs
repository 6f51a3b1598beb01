namespace BinanceErrors.Tests;

/// <summary>
/// The texts the exchange sends, as the sandbox and the docs generator look them up: the venue's own first server text
/// with the right number of placeholders, Spot's where the venue documents none, and nothing when neither has one.
/// </summary>
public sealed class CatalogMessageLookupTests
{
    [Fact]
    public void ServerMessage_IsTheVenuesOwnFirstServerText()
    {
        // USDⓈ-M sends the misspelt "occured"; Spot the corrected text (and lists the misspelling as observed only).
        BinanceErrorCatalog.FindServerMessage(BinanceVenue.UsdMFutures, -1000, 0)!.Text.ShouldBe("An unknown error occured while processing the request.");
        BinanceErrorCatalog.FindServerMessage(BinanceVenue.Spot, -1000, 0)!.Text.ShouldBe("An unknown error occurred while processing the request.");
    }

    [Fact]
    public void ServerMessage_FallsBackToSpot_WhereTheVenueHasNone()
    {
        BinanceErrorCatalog.TryGetDefinition(BinanceVenue.BinanceUs, -1033, out _).ShouldBeFalse();

        BinanceErrorCatalog.FindServerMessage(BinanceVenue.BinanceUs, -1033, 0)!.Text
            .ShouldBe("SenderCompId(49) is currently in use. Concurrent use of the same SenderCompId within one account is not allowed.");
    }

    [Theory]
    [InlineData(0, new string[0])]
    [InlineData(1, new[] { "parameter" })]
    [InlineData(2, new[] { "parameter", "otherParameter" })]
    public void ServerMessage_HasTheAskedNumberOfPlaceholders(int placeholders, string[] names)
    {
        var template = BinanceErrorCatalog.FindServerMessage(BinanceVenue.Spot, -1102, placeholders)!;

        template.Form.ShouldBe(MessageForm.Server);
        template.ArgumentNames.ShouldBe(names);
    }

    [Fact]
    public void ServerMessage_NoneWithThatShape_IsNull()
    {
        BinanceErrorCatalog.FindServerMessage(BinanceVenue.Spot, -1102, 5).ShouldBeNull();
        BinanceErrorCatalog.FindServerMessage(BinanceVenue.BinanceUs, -1234, 0).ShouldBeNull();
    }

    [Fact]
    public void MatchingEngineMessage_IsTheVenuesOwn_ElseSpots()
    {
        var usOwn = BinanceErrorCatalog.For(BinanceVenue.BinanceUs).MatchingEngineMessages.First(m => m.Reason == MatchingEngineReason.WouldTriggerImmediately);
        var spot = BinanceErrorCatalog.For(BinanceVenue.Spot).MatchingEngineMessages.First(m => m.Reason == MatchingEngineReason.WouldTriggerImmediately);

        // Binance.US lists the reason itself: its own entry (with its own source and meaning) is the answer.
        BinanceErrorCatalog.FindMatchingEngineMessage(BinanceVenue.BinanceUs, MatchingEngineReason.WouldTriggerImmediately).ShouldBeSameAs(usOwn);
        BinanceErrorCatalog.FindMatchingEngineMessage(BinanceVenue.Spot, MatchingEngineReason.WouldTriggerImmediately).ShouldBeSameAs(spot);
        BinanceErrorCatalog.FindMatchingEngineMessage(BinanceVenue.BinanceUs, MatchingEngineReason.AmendNotSupported)!.Template.Text
            .ShouldBe("Order amend is not supported for this symbol.");
        BinanceErrorCatalog.FindMatchingEngineMessage(BinanceVenue.UsdMFutures, MatchingEngineReason.AmendNotSupported)!.Template.Text
            .ShouldBe("Order amend is not supported for this symbol.");
        BinanceErrorCatalog.FindMatchingEngineMessage(BinanceVenue.Spot, MatchingEngineReason.Unknown).ShouldBeNull();
    }
}
