using System.Text;

namespace BinanceErrors.Tests.Classification;

// What a caller reads from a classified message with placeholders: Arguments by name and value, and Message as the
// exact text received, for templates with several placeholders, a placeholder first or last, values glued to text,
// and received texts that differ from the template in case, quotes, spacing or the final period. The classifier keeps
// such values inline and builds the strings on first read, so each case is read both ways: unread errors compared,
// then Message and Arguments read.
// Message texts are the catalog's (data/catalog/*.json, from the venues' error-code pages) with values filled in.
public sealed class ArgumentViewTests
{
    private static BinanceError Classify(BinanceVenue venue, int code, string message, int status = 400) =>
        BinanceErrorClassifier.Classify(venue, status, Encoding.UTF8.GetBytes($$"""{"code":{{code}},"msg":"{{message}}"}"""));

    private static (string Name, string Value)[] Pairs(BinanceError error) => [.. error.Arguments.Select(a => (a.Name, a.Value))];

    // USDⓈ-M -4028 "Leverage %s already exist with %s".
    [Theory]
    [InlineData("Leverage 20 already exist with 10", "20", "10")]
    [InlineData("Leverage 125 already exist with 5", "125", "5")]
    [InlineData("Leverage 5 already exist with 125", "5", "125")]
    public void TwoPlaceholders_SecondAtTheEnd_EachValueUnderItsName(string message, string leverage, string existing)
    {
        var error = Classify(BinanceVenue.UsdMFutures, -4028, message);

        error.Template!.Text.ShouldBe("Leverage %s already exist with %s");
        error.Message.ShouldBe(message);
        Pairs(error).ShouldBe([("leverage", leverage), ("existing", existing)]);
        error.GetArgument("existing").ShouldBe(existing);
        error.GetArgument("missing").ShouldBeNull();
    }

    // Spot -1174 (FIX API) "Component '%s' is incorrectly populated on '%s' order. Recommendation: '%s'".
    [Fact]
    public void ThreeQuotedPlaceholders_ValuesUnquoted_MessageKeepsTheQuotes()
    {
        const string message = "Component 'TriggerPriceDirection' is incorrectly populated on 'LIMIT' order. Recommendation: 'remove it'";

        var error = Classify(BinanceVenue.Spot, -1174, message);

        error.Message.ShouldBe(message);
        Pairs(error).ShouldBe([("component", "TriggerPriceDirection"), ("orderType", "LIMIT"), ("recommendation", "remove it")]);
    }

    // USDⓈ-M -4026 "%s less than zero." and -4209 "... max leverage limit is %sx": a placeholder first, and one glued
    // to the text after it.
    [Fact]
    public void PlaceholderAtTheStart_IsCaptured()
    {
        var error = Classify(BinanceVenue.UsdMFutures, -4026, "quantity less than zero.");

        error.Message.ShouldBe("quantity less than zero.");
        Pairs(error).ShouldBe([("arg1", "quantity")]);
    }

    [Fact]
    public void PlaceholderFollowedByText_WithoutASpace_IsCaptured()
    {
        const string message = "Leverage adjustment failed. Current symbol max leverage limit is 20x";

        var error = Classify(BinanceVenue.UsdMFutures, -4209, message);

        error.Message.ShouldBe(message);
        Pairs(error).ShouldBe([("leverage", "20")]);
    }

    // USDⓈ-M -4079 "duplicate options id %d for user %d": %d placeholders.
    [Fact]
    public void NumericPlaceholders_AreCapturedLikeText()
    {
        var error = Classify(BinanceVenue.UsdMFutures, -4079, "duplicate options id 7 for user 1234567");

        error.Message.ShouldBe("duplicate options id 7 for user 1234567");
        Pairs(error).ShouldBe([("arg1", "7"), ("arg2", "1234567")]);
    }

    [Theory]
    [InlineData("LEVERAGE 20 already exist with 10")] // the first literal differs in case only
    [InlineData("Leverage 20 ALREADY exist with 10")] // a middle literal differs in case only
    [InlineData("Leverage 20 already exist with 10.")] // a final period the template does not have
    [InlineData("Leverage 20 already exist with 10 ")] // trailing white space
    [InlineData("Leverage  20 already exist with 10")] // a double space
    [InlineData("Leverage 20 already   exist with 10")]
    public void ReceivedTextDiffersFromTheTemplate_MessageIsWhatWasReceived(string message)
    {
        var error = Classify(BinanceVenue.UsdMFutures, -4028, message);

        error.Template!.Text.ShouldBe("Leverage %s already exist with %s");
        error.Message.ShouldBe(message);
        Pairs(error).ShouldBe([("leverage", "20"), ("existing", "10")]);
    }

    // Spot -1102 "Mandatory parameter '%s' was not sent, was empty/null, or malformed.": a value with spaces inside
    // its quotes is trimmed, the message keeps them.
    [Fact]
    public void SpacesInsideTheQuotes_ValueTrimmed_MessageAsReceived()
    {
        const string message = "Mandatory parameter ' symbol ' was not sent, was empty/null, or malformed.";

        var error = Classify(BinanceVenue.Spot, -1102, message);

        error.Message.ShouldBe(message);
        Pairs(error).ShouldBe([("parameter", "symbol")]);
    }

    // Spot -1105 "Parameter '%s' was empty.": the parameter's name itself can be empty; the last placeholder then
    // captures nothing between its quotes, and the message is still that template's.
    [Theory]
    [InlineData("Parameter '' was empty.")]
    [InlineData("Parameter '' was empty")]
    [InlineData("PARAMETER '' WAS EMPTY.")]
    public void EmptyLastPlaceholder_MatchesWithAnEmptyValue(string message)
    {
        var error = Classify(BinanceVenue.Spot, -1105, message);

        error.Template!.Text.ShouldBe("Parameter '%s' was empty.");
        error.Message.ShouldBe(message);
        Pairs(error).ShouldBe([("parameter", string.Empty)]);
    }

    [Fact]
    public void LiteralShorterThanTheMessageTail_DoesNotMatch()
    {
        // The template's text after its placeholder must be the end of the message: "... was empty" followed by
        // more words is not this template, and the code's definition is all that is left.
        var error = Classify(BinanceVenue.Spot, -1105, "Parameter 'symbol' was empty. Retry");

        error.Template.ShouldBeNull();
        error.Arguments.ShouldBeEmpty();
        error.Name.ShouldBe("PARAM_EMPTY");
        error.Message.ShouldBe("Parameter 'symbol' was empty. Retry");
    }

    [Fact]
    public void ValuesAtTheInlineLimit_AndJustOverIt_ReadTheSame()
    {
        // Two values of 16 characters each (32 in all) and of 16 and 17 (33).
        var sixteen = new string('7', 16);
        foreach (var second in new[] { new string('8', 16), new string('8', 17) })
        {
            var message = $"Leverage {sixteen} already exist with {second}";

            var error = Classify(BinanceVenue.UsdMFutures, -4028, message);

            error.Message.ShouldBe(message);
            Pairs(error).ShouldBe([("leverage", sixteen), ("existing", second)]);
            error.ShouldBe(Classify(BinanceVenue.UsdMFutures, -4028, message));
        }
    }

    [Theory]
    [InlineData("Leverage 20 already exist with 10", "Leverage 20 already exist with 11")] // second value differs
    [InlineData("Leverage 20 already exist with 10", "Leverage 21 already exist with 10")] // first value differs
    [InlineData("Leverage 20 already exist with 10", "Leverage 2 already exist with 010")] // same characters, split elsewhere
    [InlineData("Leverage 20 already exist with 10", "Leverage 20 already exist with 100")] // second value longer
    [InlineData("Leverage 20 already exist with 100", "Leverage 20 already exist with 10")] // second value shorter
    [InlineData("Leverage 20 already exist with 10", "LEVERAGE 20 already exist with 10")] // same values, other text
    public void DifferentValuesOrText_AreNotEqual_ReadOrNot(string left, string right)
    {
        var first = Classify(BinanceVenue.UsdMFutures, -4028, left);
        var second = Classify(BinanceVenue.UsdMFutures, -4028, right);

        first.Equals(second).ShouldBeFalse();
        second.Equals(first).ShouldBeFalse();

        _ = first.Message;
        _ = first.Arguments;
        first.Equals(second).ShouldBeFalse();
        second.Equals(first).ShouldBeFalse();
    }

    [Fact]
    public void SameValues_AreEqual_ReadOrNot_WithEqualHashCodes()
    {
        const string message = "Component 'TriggerPriceDirection' is incorrectly populated on 'LIMIT' order. Recommendation: 'remove it'";
        var first = Classify(BinanceVenue.Spot, -1174, message);
        var second = Classify(BinanceVenue.Spot, -1174, message);

        first.Equals(second).ShouldBeTrue();
        first.GetHashCode().ShouldBe(second.GetHashCode());
        _ = second.Arguments;
        first.Equals(second).ShouldBeTrue();
        second.Equals(first).ShouldBeTrue();
        first.GetHashCode().ShouldBe(second.GetHashCode());
    }

    [Fact]
    public void CopyWithOtherArguments_IsNotEqual_EvenUnread()
    {
        // Each comparison starts from unread errors: reading Message or Arguments builds the strings.
        static BinanceError Fresh() => Classify(BinanceVenue.UsdMFutures, -4028, "Leverage 20 already exist with 10");
        static BinanceError Changed() => Fresh() with { Arguments = [new TemplateArgument("leverage", "20"), new TemplateArgument("existing", "11")] };
        static BinanceError Remessaged() => Fresh() with { Message = "Leverage 20 already exist with 11" };

        Changed().Equals(Fresh()).ShouldBeFalse();
        Fresh().Equals(Changed()).ShouldBeFalse();
        Remessaged().Equals(Fresh()).ShouldBeFalse();
        Fresh().Equals(Remessaged()).ShouldBeFalse();
        Changed().Message.ShouldBe("Leverage 20 already exist with 10");
        Remessaged().GetArgument("existing").ShouldBe("10");
    }

    [Fact]
    public void CopyWithNullMessageOrArguments_HasNone()
    {
        var error = Classify(BinanceVenue.UsdMFutures, -4028, "Leverage 20 already exist with 10");

        (error with { Arguments = null! }).Arguments.ShouldBeEmpty();
        (error with { Message = null! }).Message.ShouldBe(string.Empty);
        (error with { Arguments = null! }).Message.ShouldBe("Leverage 20 already exist with 10");
    }

    // USDⓈ-M -1003 as observed (https://github.com/zyairelai/futures-hero/issues/10): the ban text with the IP in it.
    [Fact]
    public void BanTextWithTheIp_GivesBothArguments_AndTheBanEnd()
    {
        const string message = "Way too many requests; IP(203.0.113.7) banned until 1763700000000. Please use the websocket for live updates to avoid bans.";

        var error = Classify(BinanceVenue.UsdMFutures, -1003, message, 418);

        error.Message.ShouldBe(message);
        Pairs(error).ShouldBe([("ip", "203.0.113.7"), ("bannedUntil", "1763700000000")]);
        error.BannedUntil.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1763700000000));
    }

    [Fact]
    public void CopyWithoutTemplate_KeepsEveryValue()
    {
        var error = Classify(BinanceVenue.UsdMFutures, -4028, "Leverage 20 already exist with 10");

        var copy = error with { Template = null };

        copy.Template.ShouldBeNull();
        copy.Message.ShouldBe("Leverage 20 already exist with 10");
        Pairs(copy).ShouldBe([("leverage", "20"), ("existing", "10")]);
    }

    [Fact]
    public void ErrorBuiltByHand_HasEmptyMessageAndNoArguments()
    {
        var error = new BinanceError { Venue = BinanceVenue.Spot };

        error.Message.ShouldBe(string.Empty);
        error.Arguments.ShouldBeEmpty();
        error.ShouldBe(new BinanceError { Venue = BinanceVenue.Spot });
        (error with { Template = null }).Message.ShouldBe(string.Empty);

        // null from a caller that ignores the annotations reads as empty, never as null.
        var nulls = new BinanceError { Venue = BinanceVenue.Spot, Message = null!, Arguments = null! };
        nulls.Message.ShouldBe(string.Empty);
        nulls.Arguments.ShouldBeEmpty();
    }

    // USDⓈ-M -4028 "Leverage %s is not valid" has no quotes around its placeholder; a value that arrives quoted is
    // read without them (a value never carries the quotes), while a lone quote on one side is part of the value.
    [Theory]
    [InlineData("Leverage '0' is not valid", "0")]
    [InlineData("Leverage '' is not valid", "")]
    [InlineData("Leverage '150 is not valid", "'150")]
    [InlineData("Leverage 150' is not valid", "150'")]
    [InlineData("Leverage ' is not valid", "'")]
    public void QuotedValueInAnUnquotedPlaceholder_IsReadWithoutItsQuotes(string message, string leverage)
    {
        var error = Classify(BinanceVenue.UsdMFutures, -4028, message);

        error.Template!.Text.ShouldBe("Leverage %s is not valid");
        error.Message.ShouldBe(message);
        Pairs(error).ShouldBe([("leverage", leverage)]);
    }

    // USDⓈ-M "Invalid parameter working type: %s" echoes what was sent; a curly apostrophe in it is read as a straight
    // one for matching, and the message keeps the character that came.
    [Fact]
    public void CurlyApostropheInsideAValue_MessageKeepsIt()
    {
        const string message = "Invalid parameter working type: MARK\u2019PRICE";

        var error = Classify(BinanceVenue.UsdMFutures, -4031, message);

        error.Template!.Text.ShouldBe("Invalid parameter working type: %s");
        error.Message.ShouldBe(message);
        error.Arguments.Single().Name.ShouldBe(error.Template.ArgumentNames[0]);
    }

    [Fact]
    public void ErrorBuiltByHand_WithMessageArgumentsAndTemplate_KeepsWhatItWasGiven()
    {
        var template = Classify(BinanceVenue.UsdMFutures, -4028, "Leverage 20 already exist with 10").Template!;

        var error = new BinanceError
        {
            Venue = BinanceVenue.UsdMFutures,
            Message = "LEVERAGE 20 already exist with 10",
            Arguments = [new TemplateArgument("leverage", "20"), new TemplateArgument("existing", "10")],
            Template = template,
        };
        var shouted = Classify(BinanceVenue.UsdMFutures, -4028, "LEVERAGE 20 already exist with 10") with { Template = null };

        error.Message.ShouldBe("LEVERAGE 20 already exist with 10");
        Pairs(error).ShouldBe([("leverage", "20"), ("existing", "10")]);
        shouted.Message.ShouldBe("LEVERAGE 20 already exist with 10");
        Pairs(shouted).ShouldBe([("leverage", "20"), ("existing", "10")]);
    }

    [Fact]
    public void SameCodeFromAnotherVenue_IsAnotherDefinition()
    {
        // -2015 is "Invalid API-key, IP, or permissions for action." on both Spot and USDⓈ-M.
        const string body = """{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}""";
        var spot = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 401, body);
        var usdm = BinanceErrorClassifier.Classify(BinanceVenue.UsdMFutures, 401, body);

        (spot with { Definition = usdm.Definition }).ShouldNotBe(spot);
        (spot with { Definition = usdm.Definition, Venue = BinanceVenue.UsdMFutures }).ShouldNotBe(spot);
    }

    [Fact]
    public void SameTemplateTextFromAnotherVenue_IsTheSameTemplate()
    {
        // Templates compare by text and form: the USDⓈ-M copy of the Spot -2015 text is the same message.
        const string body = """{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}""";
        var spot = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 401, body);
        var usdm = BinanceErrorClassifier.Classify(BinanceVenue.UsdMFutures, 401, body);

        usdm.Template.ShouldNotBeSameAs(spot.Template);
        var copy = spot with { Template = usdm.Template };
        copy.ShouldBe(spot);
        copy.GetHashCode().ShouldBe(spot.GetHashCode());
    }
}
