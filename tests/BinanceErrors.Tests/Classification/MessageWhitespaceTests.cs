using System.Text.Json;

namespace BinanceErrors.Tests.Classification;

/// <summary>
/// Messages as they arrive through proxies, logs and copy-paste: other white space, control characters, markdown
/// backticks, curly apostrophes, doubled or leading spaces, and very long texts. Each still matches its template.
/// </summary>
public sealed class MessageWhitespaceTests
{
    private static BinanceError Classify(string message) =>
        BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, JsonSerializer.Serialize(new { code = -1102, msg = message }));

    [Theory]
    [InlineData("Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.")]
    [InlineData(" Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.")]
    [InlineData("\tMandatory parameter 'symbol' was not sent, was empty/null, or malformed.")]
    [InlineData("Mandatory  parameter 'symbol' was not sent, was empty/null, or malformed.")]
    [InlineData("Mandatory\u00A0parameter 'symbol' was not sent, was empty/null, or malformed.")]
    [InlineData("Mandatory\u0007parameter 'symbol' was not sent, was empty/null, or malformed.")]
    [InlineData("`Mandatory` parameter 'symbol' was not sent, was empty/null, or malformed.")]
    [InlineData("Mandatory parameter \u2018symbol\u2019 was not sent, was empty/null, or malformed.")]
    [InlineData("Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.\r\n")]
    public void Variants_MatchTheTemplate_WithTheArgument(string message)
    {
        var error = Classify(message);

        error.Template.ShouldNotBeNull(message);
        error.Template.Text.ShouldBe("Mandatory parameter '%s' was not sent, was empty/null, or malformed.");
        error.Arguments.Single().Value.ShouldBe("symbol");
        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData(1023)]
    [InlineData(1022)]
    [InlineData(1024)]
    [InlineData(3000)]
    public void LongMessages_AroundTheComparedLength_StillClassifyByCode(int letters)
    {
        var message = "\t" + new string('a', letters) + " " + new string('b', 20) + "\t";

        var error = Classify(message);

        error.Code.ShouldBe(-1102);
        error.Name.ShouldBe("MANDATORY_PARAM_EMPTY_OR_MALFORMED");
        error.Kind.ShouldNotBe(BinanceErrorKind.Unknown);
    }
}
