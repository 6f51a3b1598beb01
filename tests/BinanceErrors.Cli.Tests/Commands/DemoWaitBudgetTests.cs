using System.Globalization;
using System.Text;
using BinanceErrors.Cli.Commands;
using Microsoft.Extensions.Time.Testing;

namespace BinanceErrors.Cli.Tests.Commands;

/// <summary>The demo's waiting for bans: never a zero wait that spins, a budget that follows the ban's length, and an end.</summary>
public sealed class DemoWaitBudgetTests
{
    private static BinanceError Ban(DateTimeOffset until) => BinanceErrorClassifier.Classify(
        BinanceVenue.Spot,
        418,
        Encoding.UTF8.GetBytes($"{{\"code\":-1003,\"msg\":\"Way too much request weight used; IP banned until {until.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}. Please use WebSocket Streams for live updates to avoid bans.\"}}"));

    [Fact]
    public void ABanEndingNow_StillWaitsAMargin_NeverZero()
    {
        // The crash of issue 10: a ban ending within the current millisecond was waited as 0 s, three times in a row.
        var budget = new DemoWaitBudget(TimeProvider.System);

        var wait = budget.Next(Ban(TimeProvider.System.GetUtcNow()));

        wait.ShouldNotBeNull();
        wait.Value.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(25));
        budget.LastWasBan.ShouldBeTrue();
    }

    [Fact]
    public void ALongBan_IsWaitedOutInFull_TheBudgetFollowsItsLength()
    {
        var budget = new DemoWaitBudget(TimeProvider.System);

        var wait = budget.Next(Ban(TimeProvider.System.GetUtcNow().AddMinutes(2)));

        wait.ShouldNotBeNull("a 2-minute ban is longer than the 15-second floor, and the budget grows with it");
        wait.Value.ShouldBeGreaterThan(TimeSpan.FromSeconds(100));
    }

    [Fact]
    public void TimeSpentBeforeTheFirstRefusal_IsNotCountedAsWaiting()
    {
        // On a loaded machine an order's first attempt and look-ups can take 20 s before a ban meets it. The budget was
        // counted from the start of the order, so the demo gave up at the first 2-second ban, having waited 0.0 s, and
        // left an order whose outcome was still being settled.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        var budget = new DemoWaitBudget(time);
        time.Advance(TimeSpan.FromSeconds(20));

        var wait = budget.Next(Ban(time.GetUtcNow().AddSeconds(2)));

        wait.ShouldNotBeNull("no time was spent waiting yet");
        wait.Value.ShouldBeGreaterThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void RefusalsThatNeverEnd_RunOutOfBudget_CountedFromTheFirstRefusal()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        var budget = new DemoWaitBudget(time);
        time.Advance(TimeSpan.FromMinutes(5));
        var waits = 0;
        while (budget.Next(Ban(time.GetUtcNow().AddSeconds(2))) is { } wait)
        {
            waits++;
            time.Advance(wait);
        }

        waits.ShouldBe(10, "2.025 s per ban, within 15 s + 3 × 2.025 s of the first refusal");
    }

    [Fact]
    public void RefusalsThatNeverEnd_RunOutOfBudget()
    {
        var budget = new DemoWaitBudget(TimeProvider.System);
        var ban = Ban(TimeProvider.System.GetUtcNow());

        var waits = Enumerable.Range(0, 100).Select(_ => budget.Next(ban)).TakeWhile(w => w is not null).Count();

        waits.ShouldBe(50);
    }

    [Fact]
    public void RetryAfterFromTheExchange_WinsOverABanEndInTheExchangesClock()
    {
        // The exchange's clock runs an hour ahead: its ban end, read on our clock, is an hour away; Retry-After says 2 s.
        var budget = new DemoWaitBudget(TimeProvider.System);

        var wait = budget.Next(Ban(TimeProvider.System.GetUtcNow().AddHours(1)), TimeSpan.FromSeconds(2));

        wait.ShouldNotBeNull();
        wait.Value.ShouldBeLessThan(TimeSpan.FromSeconds(3));
    }
}
