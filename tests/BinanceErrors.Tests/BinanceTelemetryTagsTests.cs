namespace BinanceErrors.Tests;

/// <summary>
/// The tag names and values the meters use: OpenTelemetry's names where one exists, the rest under <c>binance.</c>;
/// values lower case, kinds and actions in snake_case, read back exactly.
/// </summary>
public sealed class BinanceTelemetryTagsTests
{
    [Fact]
    public void Names_FollowOpenTelemetry_OrTheBinanceNamespace()
    {
        BinanceTelemetryTags.Venue.ShouldBe("binance.venue");
        BinanceTelemetryTags.ErrorCode.ShouldBe("binance.error.code");
        BinanceTelemetryTags.ErrorKind.ShouldBe("binance.error.kind");
        BinanceTelemetryTags.RecoveryAction.ShouldBe("binance.recovery.action");
        BinanceTelemetryTags.ErrorType.ShouldBe("error.type");
        BinanceTelemetryTags.HttpStatusCode.ShouldBe("http.response.status_code");
        BinanceTelemetryTags.HttpMethod.ShouldBe("http.request.method");
        BinanceTelemetryTags.UrlTemplate.ShouldBe("url.template");
        BinanceTelemetryTags.Reason.ShouldBe("binance.reason");
        BinanceTelemetryTags.ReconciliationResult.ShouldBe("binance.reconciliation.result");
        BinanceTelemetryTags.RateLimitWindow.ShouldBe("binance.rate_limit.window");
    }

    [Theory]
    [InlineData(BinanceErrorKind.Unknown, "unknown")]
    [InlineData(BinanceErrorKind.RateLimited, "rate_limited")]
    [InlineData(BinanceErrorKind.IpBanned, "ip_banned")]
    [InlineData(BinanceErrorKind.ClockSkew, "clock_skew")]
    [InlineData(BinanceErrorKind.InsufficientBalance, "insufficient_balance")]
    [InlineData(BinanceErrorKind.ExecutionUnknown, "execution_unknown")]
    [InlineData(BinanceErrorKind.AlreadyInState, "already_in_state")]
    public void Kinds_AreSnakeCase_AndReadBack(BinanceErrorKind kind, string value)
    {
        BinanceTelemetryTags.KindValue(kind).ShouldBe(value);
        BinanceTelemetryTags.TryParseKind(value, out var read).ShouldBeTrue();
        read.ShouldBe(kind);
    }

    [Fact]
    public void EveryKind_HasItsOwnValue_ThatReadsBack()
    {
        var kinds = Enum.GetValues<BinanceErrorKind>();
        kinds.Select(BinanceTelemetryTags.KindValue).Distinct().Count().ShouldBe(kinds.Length);
        foreach (var kind in kinds)
        {
            var value = BinanceTelemetryTags.KindValue(kind);
            value.ShouldBe(value.ToLowerInvariant());
            value.ShouldNotStartWith("_");
            BinanceTelemetryTags.TryParseKind(value, out var read).ShouldBeTrue();
            read.ShouldBe(kind);
        }
    }

    [Theory]
    [InlineData("RateLimited")]
    [InlineData("rate-limited")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingElse_IsNoKind(string? value)
    {
        BinanceTelemetryTags.TryParseKind(value, out var kind).ShouldBeFalse();
        kind.ShouldBe(BinanceErrorKind.Unknown);
    }

    [Theory]
    [InlineData(RecoveryAction.DoNotRetry, "do_not_retry")]
    [InlineData(RecoveryAction.RetryWithBackoff, "retry_with_backoff")]
    [InlineData(RecoveryAction.RetryAfter, "retry_after")]
    [InlineData(RecoveryAction.ResyncClockThenRetry, "resync_clock_then_retry")]
    [InlineData(RecoveryAction.Reconcile, "reconcile")]
    [InlineData(RecoveryAction.HaltUntil, "halt_until")]
    public void Actions_AreSnakeCase(RecoveryAction action, string value) =>
        BinanceTelemetryTags.ActionValue(action).ShouldBe(value);

    [Fact]
    public void ValuesOutsideTheEnums_AreOther()
    {
        BinanceTelemetryTags.KindValue((BinanceErrorKind)999).ShouldBe("_OTHER");
        BinanceTelemetryTags.KindValue((BinanceErrorKind)(-1)).ShouldBe("_OTHER");
        BinanceTelemetryTags.KindValue((BinanceErrorKind)Enum.GetValues<BinanceErrorKind>().Length).ShouldBe("_OTHER");
        BinanceTelemetryTags.ActionValue((RecoveryAction)999).ShouldBe("_OTHER");
        BinanceTelemetryTags.ActionValue((RecoveryAction)Enum.GetValues<RecoveryAction>().Length).ShouldBe("_OTHER");
        BinanceTelemetryTags.VenueValue((BinanceVenue)Enum.GetValues<BinanceVenue>().Length).ShouldBe("_OTHER");
        BinanceTelemetryTags.TryParseVenue("Spot", out _).ShouldBeFalse();
        BinanceTelemetryTags.TryParseVenue("coinm", out var venue).ShouldBeTrue();
        venue.ShouldBe(BinanceVenue.CoinMFutures);
    }

    [Fact]
    public void ErrorType_IsTheName_ElseTheStatus_ElseOther()
    {
        var named = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, """{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}""");
        BinanceTelemetryTags.ErrorTypeValue(named).ShouldBe("INVALID_TIMESTAMP");

        var bare = new BinanceError { Venue = BinanceVenue.Spot, Kind = BinanceErrorKind.Unknown, Advice = RecoveryAdvice.DoNotRetry };
        BinanceTelemetryTags.ErrorTypeValue(bare).ShouldBe("_OTHER");
        Should.Throw<ArgumentNullException>(() => BinanceTelemetryTags.ErrorTypeValue(null!));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(418)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(409)]
    [InlineData(599)]
    public void ErrorType_WithoutAName_IsTheStatusAsText(int status)
    {
        var error = new BinanceError { Venue = BinanceVenue.UsdMFutures, HttpStatus = status, Kind = BinanceErrorKind.Unknown, Advice = RecoveryAdvice.DoNotRetry };
        BinanceTelemetryTags.ErrorTypeValue(error).ShouldBe(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
