using System.Reflection;

namespace BinanceErrors.Tests;

/// <summary>The futures catalog additions (Algo Service, "already in that state" answers) and the futures constants classes.</summary>
public sealed class FuturesCatalogTests
{
    public static TheoryData<Type, BinanceVenue> ConstantsClasses() => new()
    {
        { typeof(UsdMFuturesErrorCodes), BinanceVenue.UsdMFutures },
        { typeof(CoinMFuturesErrorCodes), BinanceVenue.CoinMFutures },
    };

    [Theory]
    [MemberData(nameof(ConstantsClasses))]
    public void ConstantsClass_MatchesItsCatalogExactly(Type constantsClass, BinanceVenue venue)
    {
        var constants = constantsClass.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => (int)f.GetRawConstantValue()!, f => f.Name);
        var current = BinanceErrorCatalog.For(venue).Definitions.Where(d => !d.IsRetired).ToArray();

        constants.Count.ShouldBe(current.Length);
        foreach (var definition in current)
        {
            constants.ShouldContainKey(definition.Code);
            var expected = definition.Aliases.Count > 0 ? definition.Aliases[0] : definition.Name;
            Normalize(constants[definition.Code]).ShouldBe(Normalize(expected), $"constant for {venue} {definition.Code}");
        }

        static string Normalize(string name) => name.Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    [Fact]
    public void AlgoServiceRefusal_IsCatalogedAndClassifiedAsAWrongEndpointNotARetry()
    {
        // nautechsystems/nautilus_trader#3287 and ccxt/ccxt#27474 quote this reply to a STOP_MARKET sent to /fapi/v1/order.
        const string Body = """{"code":-4120,"msg":"Order type not supported for this endpoint. Please use the Algo Order API endpoints instead."}""";

        var error = BinanceErrorClassifier.Classify(BinanceVenue.UsdMFutures, 400, Body, default, RequestIntent.PlaceOrder);

        error.Code.ShouldBe(UsdMFuturesErrorCodes.StopOrderSwitchAlgo);
        error.Definition.ShouldNotBeNull().Name.ShouldBe("STOP_ORDER_SWITCH_ALGO");
        error.Template.ShouldNotBeNull().Form.ShouldBe(MessageForm.Server);
        error.Kind.ShouldBe(BinanceErrorKind.InvalidRequest);
        error.Advice.Action.ShouldBe(RecoveryAction.DoNotRetry);
        error.Definition.Hint.ShouldContain("/fapi/v1/algoOrder");
    }

    [Theory]
    [InlineData(BinanceVenue.UsdMFutures, -4046, "No need to change margin type.")]
    [InlineData(BinanceVenue.UsdMFutures, -4059, "No need to change position side.")]
    [InlineData(BinanceVenue.UsdMFutures, -4052, "No need to change auto add margin.")]
    [InlineData(BinanceVenue.UsdMFutures, -4171, "Adjusted asset mode is currently set and does not need to be adjusted repeatedly.")]
    [InlineData(BinanceVenue.UsdMFutures, -5027, "No need to modify the order.")]
    [InlineData(BinanceVenue.CoinMFutures, -4046, "No need to change margin type.")]
    [InlineData(BinanceVenue.CoinMFutures, -4197, "No need to modify the order.")]
    public void AlreadyInStateAnswers_HaveTheirOwnKind(BinanceVenue venue, int code, string message)
    {
        // terryso/nof1-tracker#6: -4046 on every start-up of a bot that sets the margin type; nothing to alert on.
        var error = BinanceErrorClassifier.Classify(venue, 400, $$"""{"code":{{code}},"msg":"{{message}}"}""");

        error.Kind.ShouldBe(BinanceErrorKind.AlreadyInState);
        error.Template.ShouldNotBeNull().Text.ShouldBe(message);
        error.Advice.Action.ShouldBe(RecoveryAction.DoNotRetry);
    }
}
