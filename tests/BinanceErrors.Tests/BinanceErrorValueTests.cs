namespace BinanceErrors.Tests;

public sealed class BinanceErrorValueTests
{
    [Fact]
    public void NewError_HasNoMessage_AndSaysSoInItsSummary()
    {
        var error = new BinanceError { Venue = BinanceVenue.UsdMFutures, Kind = BinanceErrorKind.Unknown, Advice = RecoveryAdvice.DoNotRetry };

        error.Message.ShouldBeEmpty();
        error.ToString().ShouldBe("no code (usdm, Unknown) -> do not retry; fix the request");
        (error with { HttpStatus = 502, Message = "Bad Gateway" }).ToString().ShouldBe("no code (usdm, HTTP 502, Unknown): Bad Gateway -> do not retry; fix the request");
    }

    [Fact]
    public void Summary_NamesTheCode()
    {
        var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, """{"code":-1121,"msg":"Invalid symbol."}""");

        error.ToString().ShouldBe("-1121 BAD_SYMBOL (spot, HTTP 400, InvalidSymbol): Invalid symbol. -> do not retry; fix the request");
    }

    [Fact]
    public void Equality_ErrorsWithoutDefinitionOrTemplate_CompareByValue()
    {
        var first = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 502, "<html><title>502 Bad Gateway</title></html>");
        var second = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 502, "<html><title>502 Bad Gateway</title></html>");

        first.Definition.ShouldBeNull();
        first.Template.ShouldBeNull();
        first.Equals(second).ShouldBeTrue();
        first.Equals(null).ShouldBeFalse();
        (first == second).ShouldBeTrue();
    }

    [Fact]
    public void Equality_WithAndWithoutDefinitionOrTemplate_IsFalseNotAnException()
    {
        var known = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, """{"code":-1121,"msg":"Invalid symbol."}""");
        known.Definition.ShouldNotBeNull();
        known.Template.ShouldNotBeNull();

        var withoutDefinition = known with { Definition = null };
        var withoutTemplate = known with { Template = null };

        withoutDefinition.Equals(known).ShouldBeFalse();
        known.Equals(withoutDefinition).ShouldBeFalse();
        withoutTemplate.Equals(known).ShouldBeFalse();
        known.Equals(withoutTemplate).ShouldBeFalse();
    }

    [Fact]
    public void Equality_DefinitionsOfDifferentVenues_Differ()
    {
        var spot = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, """{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}""");
        BinanceErrorCatalog.TryGetDefinition(BinanceVenue.UsdMFutures, -1021, out var futures).ShouldBeTrue();

        spot.Equals(spot with { Definition = futures }).ShouldBeFalse();
    }
}
