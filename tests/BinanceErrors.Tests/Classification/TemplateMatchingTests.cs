namespace BinanceErrors.Tests.Classification;

/// <summary>
/// Message templates as the classifier uses them: exact literals around each placeholder, case and the usual
/// formatting differences ignored (final period, backticks, curly apostrophes, runs of white space), quotes taken off
/// the values, and <see cref="MessageTemplate.Format"/> as the inverse of matching. Texts are the Spot catalog's.
/// </summary>
public sealed class TemplateMatchingTests
{
    private static MessageTemplate Template(int code, string text)
    {
        BinanceErrorCatalog.For(BinanceVenue.Spot).TryGetDefinition(code, out var definition).ShouldBeTrue();
        return definition!.Messages.First(m => m.Text == text);
    }

    private static readonly MessageTemplate EitherParam = Template(-1102, "Param '%s' or '%s' must be sent, but both were empty/null!");
    private static readonly MessageTemplate OrderLimit = Template(-1015, "Too many new orders; current limit is %s orders per %s.");
    private static readonly MessageTemplate InvalidSymbol = Template(-1121, "Invalid symbol.");
    private static readonly MessageTemplate GreaterThan = Template(-1102, "'%s' contains unexpected value. Cannot be greater than %s.");

    private static IEnumerable<(string, string)> Match(MessageTemplate template, string message)
    {
        template.TryMatch(message, out var arguments).ShouldBeTrue(message);
        return arguments.Select(a => (a.Name, a.Value));
    }

    [Fact]
    public void TwoPlaceholders_CaptureEachValueUnderItsName_WithoutQuotes()
    {
        var names = EitherParam.ArgumentNames;

        Match(EitherParam, "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!")
            .ShouldBe([(names[0], "quantity"), (names[1], "quoteOrderQty")]);
    }

    [Fact]
    public void PlaceholderAtTheStart_AndValuesWithSpacesOrDots_AreCaptured()
    {
        var names = GreaterThan.ArgumentNames;

        Match(GreaterThan, "'recvWindow' contains unexpected value. Cannot be greater than 60000.")
            .ShouldBe([(names[0], "recvWindow"), (names[1], "60000")]);
        Match(OrderLimit, "Too many new orders; current limit is 100 orders per 10 SECOND.")
            .ShouldBe([(OrderLimit.ArgumentNames[0], "100"), (OrderLimit.ArgumentNames[1], "10 SECOND")]);
    }

    [Theory]
    [InlineData("param 'quantity' or 'quoteOrderQty' MUST BE SENT, but both were empty/null!")]
    [InlineData("Param ‘quantity’ or ‘quoteOrderQty’ must be sent, but both were empty/null!")]
    [InlineData("Param 'quantity' or 'quoteOrderQty' must be `sent`,\n but both were \t empty/null!")]
    [InlineData("  Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!.. ")]
    public void FormattingDifferences_StillMatch(string message)
    {
        EitherParam.TryMatch(message, out var arguments).ShouldBeTrue();
        arguments.Select(a => a.Value).ShouldBe(["quantity", "quoteOrderQty"]);
    }

    [Theory]
    [InlineData("Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty!")] // suffix differs
    [InlineData("Parameter 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!")] // prefix differs
    [InlineData("Param 'quantity' and 'quoteOrderQty' must be sent, but both were empty/null!")] // middle literal missing
    [InlineData("Param ' must be sent, but both were empty/null!")] // shorter than its literals
    [InlineData("")]
    public void DifferentLiterals_DoNotMatch(string message)
    {
        EitherParam.TryMatch(message, out var arguments).ShouldBeFalse();
        arguments.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Invalid symbol.", true)]
    [InlineData("invalid SYMBOL", true)]
    [InlineData("Invalid symbol...", true)]
    [InlineData("Invalid symbol. BTCUSDT", false)]
    [InlineData("Invalid symbols.", false)]
    [InlineData("An invalid symbol.", false)]
    public void TemplateWithoutPlaceholders_MatchesTheWholeText(string message, bool matches)
    {
        InvalidSymbol.TryMatch(message, out var arguments).ShouldBe(matches);
        arguments.ShouldBeEmpty();
        InvalidSymbol.HasArguments.ShouldBeFalse();
    }

    [Fact]
    public void EmptyValue_IsCapturedAsEmpty()
    {
        Match(EitherParam, "Param '' or 'quoteOrderQty' must be sent, but both were empty/null!").Select(a => a.Item2).ShouldBe([string.Empty, "quoteOrderQty"]);
    }

    [Fact]
    public void ALoneQuote_IsKeptAsTheValue()
    {
        Match(OrderLimit, "Too many new orders; current limit is ' orders per 1 DAY.").Select(a => a.Item2).ShouldBe(["'", "1 DAY"]);
    }

    [Fact]
    public void Format_FillsThePlaceholdersInOrder_AndMatchesBack()
    {
        var text = EitherParam.Format("price", "stopPrice");

        text.ShouldBe("Param 'price' or 'stopPrice' must be sent, but both were empty/null!");
        Match(EitherParam, text).Select(a => a.Item2).ShouldBe(["price", "stopPrice"]);
        InvalidSymbol.Format().ShouldBe("Invalid symbol.");
    }

    [Fact]
    public void Format_WithTheWrongNumberOfValues_SaysHowMany()
    {
        var error = Should.Throw<ArgumentException>(() => EitherParam.Format("price"));

        error.ParamName.ShouldBe("values");
        error.Message.ShouldStartWith("The template \"Param '%s' or '%s' must be sent, but both were empty/null!\" has 2 placeholders, not 1.");
        Should.Throw<ArgumentException>(() => InvalidSymbol.Format("x"));
    }

    [Fact]
    public void TryMatch_NullMessage_IsAnArgumentError()
    {
        Should.Throw<ArgumentNullException>(() => InvalidSymbol.TryMatch(null!, out _)).ParamName.ShouldBe("message");
    }

    [Fact]
    public void Template_ToString_IsItsText()
    {
        EitherParam.ToString().ShouldBe(EitherParam.Text);
        EitherParam.HasArguments.ShouldBeTrue();
    }

    [Fact]
    public void Classifier_UsesTheSameMatching_AndKeepsTheReceivedText()
    {
        var received = "param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!";

        var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, $$"""{"code":-1102,"msg":"{{received}}"}""");

        error.Template.ShouldBeSameAs(EitherParam);
        error.Message.ShouldBe(received);
        error.GetArgument(EitherParam.ArgumentNames[1]).ShouldBe("quoteOrderQty");
    }

    [Fact]
    public void Classifier_ExactText_SharesTheTemplatesString()
    {
        var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, """{"code":-1121,"msg":"Invalid symbol."}""");

        error.Message.ShouldBeSameAs(InvalidSymbol.Text);
        BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, """{"code":-1121,"msg":""}""").Message.ShouldBe(string.Empty);
    }
}
