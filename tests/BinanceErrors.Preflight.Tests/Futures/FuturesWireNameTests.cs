using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

/// <summary>Every USDⓈ-M wire name the exchange documents, in both directions, exact and case-sensitive.</summary>
public sealed class FuturesWireNameTests
{
    public static TheoryData<string, FuturesOrderType> OrderTypes() => new()
    {
        { "LIMIT", FuturesOrderType.Limit }, { "MARKET", FuturesOrderType.Market }, { "STOP", FuturesOrderType.Stop },
        { "STOP_MARKET", FuturesOrderType.StopMarket }, { "TAKE_PROFIT", FuturesOrderType.TakeProfit },
        { "TAKE_PROFIT_MARKET", FuturesOrderType.TakeProfitMarket }, { "TRAILING_STOP_MARKET", FuturesOrderType.TrailingStopMarket },
    };

    public static TheoryData<string, FuturesTimeInForce> TimesInForce() => new()
    {
        { "GTC", FuturesTimeInForce.Gtc }, { "IOC", FuturesTimeInForce.Ioc }, { "FOK", FuturesTimeInForce.Fok }, { "GTX", FuturesTimeInForce.Gtx },
        { "GTD", FuturesTimeInForce.Gtd }, { "RPI", FuturesTimeInForce.Rpi }, { "GTE_GTC", FuturesTimeInForce.GteGtc },
    };

    public static TheoryData<string, PositionSide> PositionSides() => new()
    {
        { "BOTH", PositionSide.Both }, { "LONG", PositionSide.Long }, { "SHORT", PositionSide.Short },
    };

    public static TheoryData<string, ContractType> ContractTypes() => new()
    {
        { "PERPETUAL", ContractType.Perpetual }, { "CURRENT_MONTH", ContractType.CurrentMonth }, { "NEXT_MONTH", ContractType.NextMonth },
        { "CURRENT_QUARTER", ContractType.CurrentQuarter }, { "NEXT_QUARTER", ContractType.NextQuarter },
        { "PERPETUAL_DELIVERING", ContractType.PerpetualDelivering },
    };

    public static TheoryData<string, ContractStatus> Statuses() => new()
    {
        { "PENDING_TRADING", ContractStatus.PendingTrading }, { "TRADING", ContractStatus.Trading }, { "PRE_DELIVERING", ContractStatus.PreDelivering },
        { "DELIVERING", ContractStatus.Delivering }, { "DELIVERED", ContractStatus.Delivered }, { "PRE_SETTLE", ContractStatus.PreSettle },
        { "SETTLING", ContractStatus.Settling }, { "CLOSE", ContractStatus.Close },
    };

    [Theory]
    [MemberData(nameof(OrderTypes))]
    public void OrderType_RoundTrips(string name, FuturesOrderType type)
    {
        FuturesWireNames.TryParse(name, out FuturesOrderType parsed).ShouldBeTrue();
        parsed.ShouldBe(type);
        type.ToWireName().ShouldBe(name);
        FuturesWireNames.TryParse(name.ToLowerInvariant(), out FuturesOrderType _).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TimesInForce))]
    public void TimeInForce_RoundTrips(string name, FuturesTimeInForce timeInForce)
    {
        FuturesWireNames.TryParse(name, out FuturesTimeInForce parsed).ShouldBeTrue();
        parsed.ShouldBe(timeInForce);
        timeInForce.ToWireName().ShouldBe(name);
        FuturesWireNames.TryParse(name.ToLowerInvariant(), out FuturesTimeInForce _).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(PositionSides))]
    public void PositionSide_RoundTrips(string name, PositionSide side)
    {
        FuturesWireNames.TryParse(name, out PositionSide parsed).ShouldBeTrue();
        parsed.ShouldBe(side);
        side.ToWireName().ShouldBe(name);
    }

    [Theory]
    [MemberData(nameof(ContractTypes))]
    public void ContractType_Parses(string name, ContractType type)
    {
        FuturesWireNames.ParseContractType(name).ShouldBe(type);
        FuturesWireNames.ParseContractType(name.ToLowerInvariant()).ShouldBe(ContractType.Unknown);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Status_Parses(string name, ContractStatus status)
    {
        FuturesWireNames.ParseStatus(name).ShouldBe(status);
        FuturesWireNames.ParseStatus(name.ToLowerInvariant()).ShouldBe(ContractStatus.Unknown);
    }

    [Theory]
    [InlineData("")]
    [InlineData("UNKNOWN")]
    [InlineData("LIMIT ")]
    public void UnknownOrEmptyNames_AreNotParsed(string name)
    {
        FuturesWireNames.TryParse(name, out FuturesOrderType _).ShouldBeFalse();
        FuturesWireNames.TryParse(name, out FuturesTimeInForce _).ShouldBeFalse();
        FuturesWireNames.TryParse(name, out PositionSide _).ShouldBeFalse();
        FuturesWireNames.ParseContractType(name).ShouldBe(ContractType.Unknown);
        FuturesWireNames.ParseStatus(name).ShouldBe(ContractStatus.Unknown);
    }

    [Fact]
    public void ConditionalTypes_AreTheAlgoServiceOnes()
    {
        Enum.GetValues<FuturesOrderType>().Where(t => t.IsConditional()).ShouldBe([
            FuturesOrderType.Stop, FuturesOrderType.StopMarket, FuturesOrderType.TakeProfit, FuturesOrderType.TakeProfitMarket, FuturesOrderType.TrailingStopMarket,
        ]);
    }
}
