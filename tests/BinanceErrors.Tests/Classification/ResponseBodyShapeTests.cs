using System.Text;

namespace BinanceErrors.Tests.Classification;

/// <summary>
/// Every body shape the classifier reads: JSON with code and msg (REST), message (futures gateway), error as text or
/// object (WebSocket API), status inside the body, HTML pages, plain text, empty bodies, and the limits on each.
/// </summary>
public sealed class ResponseBodyShapeTests
{
    private static BinanceError Classify(string body, int? status = 400, BinanceVenue venue = BinanceVenue.Spot) =>
        BinanceErrorClassifier.Classify(venue, status, Encoding.UTF8.GetBytes(body));

    [Theory]
    [InlineData("")]
    [InlineData(" \t\r\n")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF \n")]
    public void BlankBodies_AreEmpty(string body)
    {
        var error = Classify(body);

        error.BodyKind.ShouldBe(ResponseBodyKind.Empty);
        error.Message.ShouldBe(string.Empty);
        error.Code.ShouldBeNull();
    }

    [Fact]
    public void CodeWithoutMessage_IsKnownByItsCode()
    {
        var error = Classify("""{"code":-1121}""");

        error.BodyKind.ShouldBe(ResponseBodyKind.Json);
        error.Code.ShouldBe(-1121);
        error.Kind.ShouldBe(BinanceErrorKind.InvalidSymbol);
        error.Message.ShouldBe(string.Empty);
    }

    [Theory]
    [InlineData("""{"code":-1121,"msg":"Invalid symbol."}""", "Invalid symbol.")]
    [InlineData("""{"code":-1121,"message":"Invalid symbol."}""", "Invalid symbol.")]
    [InlineData("""{"code":-1121,"message":"Gateway text","msg":"Invalid symbol."}""", "Invalid symbol.")]
    [InlineData("""{"code":-1121,"msg":"Invalid symbol.","message":"Gateway text"}""", "Invalid symbol.")]
    [InlineData("""{"code":-1121,"error":"Bad Request"}""", "Bad Request")]
    [InlineData("""{"code":-1121,"msg":"Invalid symbol.","error":"Bad Request"}""", "Invalid symbol.")]
    [InlineData("""{"code":-1121,"message":"Invalid symbol.","error":"Bad Request"}""", "Invalid symbol.")]
    [InlineData("""{"code":-1121,"error":"Bad Request","msg":"Invalid symbol."}""", "Invalid symbol.")]
    [InlineData("""{"code":-1121,"msg":7}""", "")]
    [InlineData("""{"code":-1121,"message":null,"error":42}""", "")]
    public void MessageField_MsgFirstThenMessageThenError(string body, string message)
    {
        Classify(body).Message.ShouldBe(message);
    }

    [Fact]
    public void ErrorObject_MsgOutsideItWins_CodeOutsideItWins()
    {
        var error = Classify("""{"code":-1121,"msg":"Invalid symbol.","error":{"code":-2010,"msg":"Market is closed."}}""");

        error.Code.ShouldBe(-1121);
        error.Message.ShouldBe("Invalid symbol.");

        var nested = Classify("""{"id":1,"error":{"extra":{"code":-1,"msg":"deeper"},"code":-2010,"msg":"Market is closed."},"status":400}""", status: null);
        nested.Code.ShouldBe(-2010);
        nested.Message.ShouldBe("Market is closed.");
        nested.HttpStatus.ShouldBe(400);
    }

    [Theory]
    [InlineData("""{"extra":{"code":-1013},"code":-1121,"msg":"Invalid symbol."}""", -1121)]
    [InlineData("""{"code":-1121,"code":-1013,"msg":"Invalid symbol."}""", -1121)]
    [InlineData("""{"code":"-1121","msg":"Invalid symbol."}""", -1121)]
    [InlineData("""{"code":"-0000001121","msg":"Invalid symbol."}""", -1121)] // 11 characters: read
    [InlineData("""{"code":"-000000001121","msg":"Invalid symbol."}""", null)] // 12 characters: not a code
    [InlineData("""{"code":"\u002d1121","msg":"Invalid symbol."}""", null)] // escaped: not a code
    [InlineData("""{"code":99999999999,"msg":"Invalid symbol."}""", null)]
    [InlineData("""{"code":"abc","msg":"Invalid symbol."}""", null)]
    [InlineData("""{"code":true,"msg":"Invalid symbol."}""", null)]
    public void Code_IsTheFirstTopLevelInteger(string body, int? code)
    {
        Classify(body).Code.ShouldBe(code);
    }

    [Theory]
    [InlineData(99, null)]
    [InlineData(100, 100)]
    [InlineData(503, 503)]
    [InlineData(999, 999)]
    [InlineData(1000, null)]
    public void StatusInTheBody_IsTakenWhenItIsAnHttpStatus(int inBody, int? status)
    {
        Classify($$"""{"status":{{inBody}},"msg":"Service Unavailable."}""", status: null).HttpStatus.ShouldBe(status);
        Classify($$"""{"status":"503","msg":"Service Unavailable."}""", status: null).HttpStatus.ShouldBeNull();
    }

    [Fact]
    public void StatusFromTheCaller_WinsOverTheBody()
    {
        Classify("""{"status":503,"msg":"Service Unavailable."}""", status: 502).HttpStatus.ShouldBe(502);
    }

    [Fact]
    public void JsonWithoutCodeOrMessage_IsKeptAsText()
    {
        var error = Classify("""{"result":null}""");

        error.BodyKind.ShouldBe(ResponseBodyKind.Json);
        error.Message.ShouldBe("""{"result":null}""");
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("Bad Request")]
    public void NotAnObject_IsText(string body)
    {
        var error = Classify(body);

        error.BodyKind.ShouldBe(ResponseBodyKind.Text);
        error.Message.ShouldBe(body);
    }

    [Theory]
    [InlineData("<html><head><title>502 Bad Gateway</title></head></html>", "502 Bad Gateway")]
    [InlineData("<HTML><HEAD><TITLE lang=\"en\"> Service Unavailable </TITLE></HEAD></HTML>", "Service Unavailable")]
    [InlineData("<html><title>Unclosed", "Unclosed")]
    [InlineData("<html><title></title></html>", "HTML page")]
    [InlineData("<html><title>   </title></html>", "HTML page")]
    [InlineData("<html><body>no title</body></html>", "HTML page")]
    [InlineData("<html><title", "HTML page")]
    [InlineData("Error page follows: <html><title>Blocked</title></html>", "Blocked")]
    [InlineData("Error page follows: <HTML><TITLE>Blocked</TITLE></HTML>", "Blocked")]
    [InlineData("<!DOCTYPE html><p>x</p>", "HTML page")]
    public void Html_IsReadByItsTitle(string body, string message)
    {
        var error = Classify(body, status: 502);

        error.BodyKind.ShouldBe(ResponseBodyKind.Html);
        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("  Bad Request  \r\nDetails", "Bad Request")]
    [InlineData("Bad Request\rDetails", "Bad Request")]
    [InlineData("\n\nBad Request", "Bad Request")]
    public void Text_IsItsFirstLine(string body, string message)
    {
        Classify(body).Message.ShouldBe(message);
    }

    [Fact]
    public void LongMessages_AreCutToTheClassifiersBuffer()
    {
        var plain = new string('a', 3000);
        Classify($$"""{"code":-1121,"msg":"{{plain}}"}""").Message.ShouldBe(new string('a', 1024));

        var escaped = string.Concat(Enumerable.Repeat("a\\n", 1500));
        var message = Classify($$"""{"code":-1121,"msg":"{{escaped}}"}""").Message;
        message.Length.ShouldBe(1024);
        message.ShouldStartWith("a\na\n");

        var fits = new string('b', 1024);
        Classify($$"""{"code":-1121,"msg":"{{fits}}"}""").Message.ShouldBe(fits);
    }

    [Fact]
    public void CancelReplaceData_IsReadOnlyWhenItIsAnObject()
    {
        Classify("""{"code":-2022,"msg":"Order cancel-replace failed.","data":null}""").CancelReplace.ShouldBeNull();
        Classify("""{"code":-2022,"msg":"Order cancel-replace failed.","data":"x"}""").CancelReplace.ShouldBeNull();
        Classify("""  {"code":-2022,"msg":"Order cancel-replace failed.","data":{"cancelResult":"SUCCESS","newOrderResult":"FAILURE"}}""").CancelReplace!.CancelResult
            .ShouldBe(CancelReplaceLegResult.Success);
    }

    [Fact]
    public void CompleteJson_IsNotTruncated_UnclosedJsonIs()
    {
        Classify("""{"code":-1121,"msg":"Invalid symbol."}""").BodyTruncated.ShouldBeFalse();
        Classify("""{"code":-1121,"msg":"Invalid symbol.", """).BodyTruncated.ShouldBeTrue();
        Classify("""{"code":-1121,"msg":"Invalid symbol.",/* note */}""").BodyTruncated.ShouldBeFalse();
    }
}
