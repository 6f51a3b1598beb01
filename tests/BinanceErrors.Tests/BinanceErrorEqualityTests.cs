using System.Text;

namespace BinanceErrors.Tests;

// BinanceError is a record, so it claims value equality; these tests hold it to that claim for the parts a
// compiler-generated record would compare by reference (the argument list, the catalog definition and template).
public sealed class BinanceErrorEqualityTests
{
    // Spot -1003 ban text as documented in the Spot error-code list.
    private const string BanBody = """{"code":-1003,"msg":"Way too much request weight used; IP banned until 1763700000000. Please use WebSocket Streams for live updates to avoid bans."}""";

    private static BinanceError Classify(int status, string body) =>
        BinanceErrorClassifier.Classify(BinanceVenue.Spot, status, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Equals_TwoClassificationsOfTheSameResponse_AreEqualWithEqualHashCodes()
    {
        var first = Classify(418, BanBody);
        var second = Classify(418, BanBody);

        first.Arguments.ShouldNotBeEmpty();
        first.Arguments.ShouldNotBeSameAs(second.Arguments);
        first.ShouldBe(second);
        (first == second).ShouldBeTrue();
        first.GetHashCode().ShouldBe(second.GetHashCode());
        new HashSet<BinanceError> { first, second }.Count.ShouldBe(1);
    }

    [Fact]
    public void Equals_ArgumentsComparedElementByElement()
    {
        var error = Classify(418, BanBody);
        var copied = error with { Arguments = error.Arguments.ToList() };
        var changed = error with { Arguments = [.. error.Arguments.Select(a => a with { Value = a.Value + "1" })] };
        var shorter = error with { Arguments = [] };

        copied.ShouldBe(error);
        copied.GetHashCode().ShouldBe(error.GetHashCode());
        changed.ShouldNotBe(error);
        shorter.ShouldNotBe(error);
    }

    [Fact]
    public void Equals_DifferentResponses_AreNotEqual()
    {
        var ban = Classify(418, BanBody);

        Classify(429, BanBody).ShouldNotBe(ban);
        Classify(418, BanBody.Replace("1763700000000", "1763700000001", StringComparison.Ordinal)).ShouldNotBe(ban);
        (ban with { Message = ban.Message + " " }).ShouldNotBe(ban);
        (ban with { Definition = null }).ShouldNotBe(ban);
        (ban with { Template = null }).ShouldNotBe(ban);
        (ban with { Advice = RecoveryAdvice.DoNotRetry }).ShouldNotBe(ban);
    }

    [Fact]
    public void Equals_DefinitionAndTemplateComparedByIdentityInTheCatalog()
    {
        var insufficient = Classify(400, """{"code":-2010,"msg":"Account has insufficient balance for requested action."}""");
        var otherCode = Classify(400, """{"code":-2013,"msg":"Order does not exist."}""");

        insufficient.Definition.ShouldNotBeNull();
        insufficient.Template.ShouldNotBeNull();
        (insufficient with { Definition = otherCode.Definition }).ShouldNotBe(insufficient);
        (insufficient with { Template = otherCode.Template }).ShouldNotBe(insufficient);
    }

    [Fact]
    public void Equals_CancelReplaceOutcomesComparedByValue()
    {
        // spot-spec §1, verbatim (the quoted -2022 example where both halves failed).
        const string body = """{"code":-2022,"msg":"Order cancel-replace failed.","data":{"cancelResult":"FAILURE","newOrderResult":"NOT_ATTEMPTED","cancelResponse":{"code":-2011,"msg":"Unknown order sent."},"newOrderResponse":null}}""";

        var first = Classify(400, body);
        var second = Classify(400, body);

        first.CancelReplace.ShouldNotBeNull();
        first.CancelReplace.ShouldNotBeSameAs(second.CancelReplace);
        first.ShouldBe(second);
        first.GetHashCode().ShouldBe(second.GetHashCode());
    }

    [Fact]
    public void Exceptions_AcceptNoCause_AndKeepTheOneGiven()
    {
        var error = Classify(418, BanBody);
        var timeout = new TimeoutException("no answer");

        // These calls compile without warnings (warnings are errors here): the parameters really are nullable.
        new BinanceApiException(error, null).InnerException.ShouldBeNull();
        new BinanceException(null, null).InnerException.ShouldBeNull();
        new BinanceException("message", null).Message.ShouldBe("message");
        new BinanceExecutionUnknownException(error, null, null).ClientOrderId.ShouldBeNull();

        new BinanceApiException(error, timeout).InnerException.ShouldBeSameAs(timeout);
        new BinanceException("message", timeout).InnerException.ShouldBeSameAs(timeout);
    }
}
