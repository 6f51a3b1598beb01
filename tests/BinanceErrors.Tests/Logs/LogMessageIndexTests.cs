using BinanceErrors.Internal;
using BinanceErrors.Logs.Internal;

namespace BinanceErrors.Tests.Logs;

/// <summary>
/// The index of catalog messages the scanner finds in lines without a code: which messages it holds (anchors of at
/// least 12 characters, non-ASCII ones by their ASCII start), where a message starts and ends in a line, and which
/// venues and codes it belongs to.
/// </summary>
public sealed class LogMessageIndexTests
{
    [Theory]
    // Shared by several codes (the matching engine's text on Spot and Binance.US): no code.
    [InlineData("binance Account has insufficient balance for requested action.", "8+54 Spot: BinanceUs:")]
    // A filter failure is -1013's (Spot and Binance.US have filters as messages).
    [InlineData("WARN Filter failure: LOT_SIZE", "5+24 Spot:-1013 BinanceUs:-1013")]
    // The anchor may follow punctuation, not a letter or digit; a first place that is no message is passed over.
    [InlineData("'Filter failure: LOT_SIZE'", "1+24 Spot:-1013 BinanceUs:-1013")]
    [InlineData("xFilter failure: LOT_SIZE", "none")]
    [InlineData("1Filter failure: LOT_SIZE", "none")]
    [InlineData("Filter failure: NOPE; Filter failure: LOT_SIZE", "22+24 Spot:-1013 BinanceUs:-1013")]
    // "Invalid pair" (USDⓈ-M -4144) is exactly 12 characters, the shortest anchor kept; "Parameter '" (11) is not one.
    [InlineData("binance Invalid pair", "8+12 UsdMFutures:-4144 CoinMFutures:-4087")]
    [InlineData("binance Parameter 'symbol' was empty.", "none")]
    // The documented text has a curly apostrophe; logs carry it, or a straight one.
    [InlineData("binance The client’s custom order ID is empty.", "8+38 UsdMFutures:-1119")]
    [InlineData("binance The client's custom order ID is empty.", "8+38 UsdMFutures:-1119")]
    [InlineData("binance The client‘s custom order ID is empty.", "8+38 UsdMFutures:-1119")]
    [InlineData("binance The client`s custom order ID is empty.", "none")]
    [InlineData("binance The order's position direction does not match the user’s settings.", "8+66 UsdMFutures:-4061")]
    [InlineData("binance The order's position direction does not match the user's settings.", "8+66 UsdMFutures:-4061")]
    [InlineData("binance THE CLIENT'S CUSTOM ORDER ID IS EMPTY.", "8+38 UsdMFutures:-1119")]
    [InlineData("", "none")]
    public void TryFind_FindsTheMessage_ItsExtent_AndItsVenues(string line, string expected)
    {
        Show(LogMessageIndex.Instance, line).ShouldBe(expected);

        // The same from an index built in this test: Instance is built once per process, and a mutation-testing host
        // that runs many tests in one process would otherwise never see the build itself change.
        Show(BuildIndex(), line).ShouldBe(expected);
    }

    [Theory]
    // Spot's -1013 and Binance.US's -1013 share the filter texts; the matching engine's texts (-1010, -2010, -2011, -2038)
    // have no one code on either; a futures text has its one code on each futures venue (-4164 is -4178 on COIN-M).
    [InlineData("binance Order would trigger immediately.", "8+32 Spot: BinanceUs:")]
    [InlineData("binance Order would immediately trigger.", "8+32 UsdMFutures:-2021 CoinMFutures:-2021")]
    [InlineData("binance Filter failure: PRICE_FILTER", "8+28 Spot:-1013 BinanceUs:-1013")]
    [InlineData("binance Order's notional must be no smaller than 5.0 (unless you choose reduce only)", "8+76 UsdMFutures:-4164 CoinMFutures:-4178")]
    [InlineData("binance Timestamp for this request was 1000ms ahead of the server's time.", "8+65 Spot:-1021 UsdMFutures:-1021 CoinMFutures:-1021 BinanceUs:-1021")]
    public void ABuiltIndex_KnowsEachVenuesTexts_AndTheirCodes(string line, string expected)
    {
        Show(BuildIndex(), line).ShouldBe(expected);
    }

    private static LogMessageIndex BuildIndex() => (LogMessageIndex)Activator.CreateInstance(typeof(LogMessageIndex), nonPublic: true)!;

    private static string Show(LogMessageIndex index, string line) =>
        index.TryFind(line, out var start, out var length, out var matches)
            ? $"{start}+{length} " + string.Join(' ', matches.Select(m => $"{m.Venue}:{m.Code}"))
            : "none";

    [Theory]
    // The message runs to the end of the line, or ends before a quote, backslash, brace, comma or '<', or after a period or ')'.
    [InlineData("Filter failure: LOT_SIZE", 24)]
    [InlineData("Filter failure: LOT_SIZE\"}", 24)]
    [InlineData("Filter failure: LOT_SIZE'}", 24)]
    [InlineData("Filter failure: LOT_SIZE\\n", 24)]
    [InlineData("Filter failure: LOT_SIZE} x", 24)]
    [InlineData("Filter failure: LOT_SIZE, x", 24)]
    [InlineData("Filter failure: LOT_SIZE<br>", 24)]
    [InlineData("Filter failure: LOT_SIZE. Next.", 25)]
    [InlineData("Filter failure: LOT_SIZE x", -1)]
    [InlineData("Filter failure: LOT_SIZE; x", -1)]
    [InlineData("Filter failure: LOT_SIZEX", -1)]
    [InlineData("Filter failure", -1)]
    public void MatchEnd_FindsWhereTheMessageStops(string line, int end)
    {
        var template = BinanceErrorCatalog.For(BinanceVenue.Spot).FilterFailures.Single(f => f.Template.Text == "Filter failure: LOT_SIZE").Template;

        LogMessageIndex.MatchEnd(line, 0, template, new char[MessageText.MaxNormalizedLength], new Range[TemplatePattern.MaxPlaceholders]).ShouldBe(end);
    }

    [Fact]
    public void MatchEnd_EndsAfterAClosingParenthesis_WhenTheMessageHasOne()
    {
        // passivbot's -4164 (https://github.com/enarjord/passivbot/issues/401), cut after its ')'.
        var template = BinanceErrorCatalog.For(BinanceVenue.UsdMFutures).Definitions.Single(d => d.Code == -4164).Messages
            .First(m => m.Text.Contains("(unless you choose reduce only)", StringComparison.Ordinal));
        const string Line = "Order's notional must be no smaller than 5.0 (unless you choose reduce only) and more";

        LogMessageIndex.MatchEnd(Line, 0, template, new char[MessageText.MaxNormalizedLength], new Range[TemplatePattern.MaxPlaceholders]).ShouldBe(Line.IndexOf(')', StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void MatchEnd_StartsWhereItIsTold()
    {
        var template = BinanceErrorCatalog.For(BinanceVenue.Spot).FilterFailures.Single(f => f.Template.Text == "Filter failure: LOT_SIZE").Template;
        const string Line = "{\"msg\":\"Filter failure: LOT_SIZE\"}";

        LogMessageIndex.MatchEnd(Line, 8, template, new char[MessageText.MaxNormalizedLength], new Range[TemplatePattern.MaxPlaceholders]).ShouldBe(32);
    }

    [Theory]
    // The candidate ends are tried 24 at most: the quote, 19 commas and three quotes before the final period make 24.
    [InlineData(19, true)]
    [InlineData(20, false)]
    public void MatchEnd_TriesAtMost24Ends(int commas, bool found)
    {
        var template = BinanceErrorCatalog.For(BinanceVenue.Spot).Definitions.Single(d => d.Code == -1100).Messages.Single(m => m.Text.StartsWith("Illegal characters found in parameter", StringComparison.Ordinal));
        var line = "Illegal characters found in parameter '" + new string(',', commas) + "'; legal range is 'x'.}";

        var end = LogMessageIndex.MatchEnd(line, 0, template, new char[MessageText.MaxNormalizedLength], new Range[TemplatePattern.MaxPlaceholders]);

        end.ShouldBe(found ? line.Length - 1 : -1);
    }
}
