namespace BinanceErrors.Cli.Tests.Commands;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_InsufficientBalanceMessage_ShowsTemplateAndTypedReason()
    {
        var run = CliRun.Of("explain", "-2010", "--message", "Account has insufficient balance for requested action.");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("NEW_ORDER_REJECTED");
        run.Output.ShouldContain("Matched template:");
        run.Output.ShouldContain("InsufficientBalance");
    }

    [Fact]
    public void Explain_Json_HasTheDocumentedFieldsInOrder()
    {
        var json = CliRun.Of("explain", "-1003", "--venue", "spot", "--json").Json();

        json.EnumerateObject().Select(p => p.Name).Take(10).ShouldBe(
            ["venue", "code", "known", "status", "name", "aliases", "category", "categoryTitle", "messages", "meaning"]);
        json.GetProperty("venue").GetString().ShouldBe("spot");
        json.GetProperty("code").GetInt32().ShouldBe(-1003);
        json.GetProperty("known").GetBoolean().ShouldBeTrue();
        json.GetProperty("name").GetString().ShouldBe("TOO_MANY_REQUESTS");
        json.GetProperty("category").GetString().ShouldBe("10xx");
        json.GetProperty("messages")[2].GetProperty("text").GetString()
            .ShouldBe("Way too much request weight used; IP banned until %s. Please use WebSocket Streams for live updates to avoid bans.");
        json.GetProperty("messages")[2].GetProperty("argumentNames")[0].GetString().ShouldBe("bannedUntil");
        json.GetProperty("hint").GetString().ShouldNotBeNullOrWhiteSpace();
        json.TryGetProperty("otherVenues", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("-2026", "spot", "ORDER_ARCHIVED")]
    [InlineData("-2026", "usdm", "REDUCE_ONLY_ORDER_TYPE_NOT_SUPPORTED")]
    [InlineData("-1108", "usdm", "BAD_ASSET")]
    [InlineData("-4087", "coinm", "INVALID_PAIR")]
    [InlineData("-1111", "us", "BAD_PRECISION")]
    public void Explain_Json_UsesTheVenuesOwnDefinition(string code, string venue, string name)
    {
        var json = CliRun.Of("explain", code, "--venue", venue, "--json").Json();

        json.GetProperty("venue").GetString().ShouldBe(venue);
        json.GetProperty("name").GetString().ShouldBe(name);
    }

    [Fact]
    public void Explain_WithoutVenue_ShowsEveryVenueSideBySide_WhenTheyDiffer()
    {
        var run = CliRun.Of("explain", "-2021");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("means different things per venue");
        run.Output.ShouldContain("Order cancel-replace partially failed");
        run.Output.ShouldContain("ORDER_WOULD_IMMEDIATELY_TRIGGER");
    }

    [Fact]
    public void Explain_WithoutVenue_Json_ListsTheOtherVenues()
    {
        var json = CliRun.Of("explain", "-2022", "--json").Json();

        json.GetProperty("venue").GetString().ShouldBe("spot");
        json.GetProperty("otherVenues").EnumerateArray().Select(v => v.GetProperty("venue").GetString()).ShouldBe(["usdm", "coinm", "us"]);
        json.GetProperty("otherVenues")[0].GetProperty("name").GetString().ShouldBe("REDUCE_ONLY_REJECT");
    }

    [Fact]
    public void Explain_WithMessage_Json_HasTheMatchWithArguments()
    {
        var json = CliRun.Of("explain", "-1015", "--venue", "spot", "--message", "Too many new orders; current limit is 50 orders per 10 SECOND.", "--json").Json();

        var match = json.GetProperty("match");
        match.GetProperty("template").GetString().ShouldBe("Too many new orders; current limit is %s orders per %s.");
        match.GetProperty("arguments").GetProperty("limit").GetString().ShouldBe("50");
        match.GetProperty("arguments").GetProperty("interval").GetString().ShouldBe("10 SECOND");
        match.GetProperty("kind").GetString().ShouldBe("RateLimited");
    }

    [Fact]
    public void Explain_UnknownCode_IsNotAnError_AndSaysSoClearly()
    {
        var run = CliRun.Of("explain", "-1234", "--venue", "spot", "--json");

        run.ExitCode.ShouldBe(0);
        var json = run.Json();
        json.GetProperty("known").GetBoolean().ShouldBeFalse();
        json.GetProperty("status").GetString().ShouldBe("notInCatalog");
        json.GetProperty("explanation").GetString().ShouldBe("-1234 is not in the spot catalog, nor on any other Binance venue.");
    }

    [Fact]
    public void Explain_InventedCode_PointsAtTheRealForm()
    {
        var json = CliRun.Of("explain", "-9002", "--venue", "us", "--json").Json();

        json.GetProperty("known").GetBoolean().ShouldBeFalse();
        json.GetProperty("status").GetString().ShouldBe("notBinanceCode");
        json.GetProperty("realForm").GetString().ShouldBe("code -1013 (or -2010) with msg \"Filter failure: LOT_SIZE\"");
    }

    [Fact]
    public void Explain_PositiveNumber_IsReadAsTheNegativeCode()
    {
        CliRun.Of("explain", "2010", "--venue", "spot", "--json").Json().GetProperty("code").GetInt32().ShouldBe(-2010);
    }

    [Theory]
    [InlineData("abc", "'abc' is not an error code. Codes are non-zero integers such as -2010.")]
    [InlineData("0", "'0' is not an error code. Codes are non-zero integers such as -2010.")]
    public void Explain_NonNumberCode_ExitsWith2AndOneLine(string code, string message)
    {
        var run = CliRun.Of("explain", code);

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldBeEmpty();
        run.Error.ShouldBe($"binance-errors: {message}{Environment.NewLine}");
    }

    [Fact]
    public void Explain_UnknownVenue_ExitsWith2AndNamesTheValidVenues()
    {
        var run = CliRun.Of("explain", "-2010", "--venue", "mars");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"binance-errors: Unknown venue 'mars'. Valid venues: spot, usdm, coinm, us.{Environment.NewLine}");
        run.Error.ShouldNotContain(" at ");
    }

    [Fact]
    public void UnknownOption_ExitsWith2WithoutAStackTrace()
    {
        var run = CliRun.Of("explain", "-2010", "--colour");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("binance-errors: ");
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
    }
}
