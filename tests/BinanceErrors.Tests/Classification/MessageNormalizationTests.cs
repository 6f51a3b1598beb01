namespace BinanceErrors.Tests.Classification;

// The differences a received message may have from its documented text and still be that text: markdown backticks,
// curly apostrophes, other white space and control characters, runs of spaces, and final periods and spaces in any
// mix. Template texts are the Spot catalog's (data/catalog/spot.json, from the Spot error-code page).
public sealed class MessageNormalizationTests
{
    private static MessageTemplate Template(int code, string text)
    {
        BinanceErrorCatalog.For(BinanceVenue.Spot).TryGetDefinition(code, out var definition).ShouldBeTrue();
        return definition!.Messages.First(m => m.Text == text);
    }

    private static readonly MessageTemplate InvalidSymbol = Template(-1121, "Invalid symbol.");
    private static readonly MessageTemplate EmptyParameter = Template(-1105, "Parameter '%s' was empty.");

    [Theory]
    [InlineData("Invalid symbol.")]
    [InlineData("Invalid symbol . .")] // periods and spaces mixed at the end
    [InlineData("Invalid symbol. ")]
    [InlineData("`Invalid symbol` .")] // backticks, then a spaced period
    [InlineData("`Invalid symbol`. . ")]
    [InlineData("Invalid\u00A0symbol.")] // no-break space
    [InlineData("Invalid\u2028symbol.")] // line separator
    [InlineData("Invalid\u0000symbol.")] // a control character between the words
    [InlineData("\u0000Invalid symbol.")] // ... and before them
    [InlineData("Invalid symbol.\u0000")]
    [InlineData("Invalid \r\n symbol.")]
    [InlineData("Invalid sym`bol.")] // a backtick inside a word goes, leaving no space
    public void Variants_MatchTheDocumentedText(string message)
    {
        InvalidSymbol.TryMatch(message, out var arguments).ShouldBeTrue(message);
        arguments.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Invalid symbo l.")] // a space is not removed inside a word
    [InlineData("Invalid symbol.x")]
    [InlineData("Invalid-symbol.")]
    [InlineData(".Invalid symbol.")]
    [InlineData("Invalid symbol: BTC")]
    [InlineData("...")]
    [InlineData("` `\t")]
    public void OtherTexts_DoNotMatch(string message)
    {
        InvalidSymbol.TryMatch(message, out _).ShouldBeFalse(message);
    }

    [Theory]
    [InlineData("Parameter \u2018symbol\u2019 was empty.")] // curly apostrophes around the value
    [InlineData("Parameter \u2019symbol\u2019 was empty.")]
    [InlineData("Parameter `'symbol'` was empty.")]
    [InlineData("Parameter\t'symbol'\twas empty.")]
    public void QuotedValue_UnderAnySpellingOfTheQuotes_IsTheBareValue(string message)
    {
        EmptyParameter.TryMatch(message, out var arguments).ShouldBeTrue(message);
        arguments.Single().Value.ShouldBe("symbol");
    }

    [Fact]
    public void MessageLongerThanTheComparedLength_OfFinalPeriods_StillMatches()
    {
        // Only its first 1 024 characters are compared: "Invalid symbol" followed by periods up to there.
        InvalidSymbol.TryMatch("Invalid symbol" + new string('.', 2000), out _).ShouldBeTrue();
        InvalidSymbol.TryMatch("Invalid symbol" + new string('.', 2000) + "\t", out _).ShouldBeTrue();

        // A space between words falls on the last compared character, and the text goes on after it.
        InvalidSymbol.TryMatch("Invalid symbol" + new string('.', 1009) + "\t." + new string('.', 100), out _).ShouldBeTrue();
    }

    [Fact]
    public void Classifier_MessageOfOnlyPunctuation_KeepsItAndFallsBackToTheCode()
    {
        var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, """{"code":-1121,"msg":". ."}""");

        error.Template.ShouldBeNull();
        error.Message.ShouldBe(". .");
        error.Name.ShouldBe("BAD_SYMBOL");
    }
}
