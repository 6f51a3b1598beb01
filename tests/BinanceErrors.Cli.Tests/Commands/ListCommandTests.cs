namespace BinanceErrors.Cli.Tests.Commands;

public sealed class ListCommandTests
{
    [Fact]
    public void List_Json_SpotHasEveryCodeAsExplainObjects()
    {
        var json = CliRun.Of("list", "--venue", "spot", "--json").Json();

        json.GetArrayLength().ShouldBe(BinanceErrorCatalog.For(BinanceVenue.Spot).Definitions.Count);
        json.EnumerateArray().ShouldAllBe(e => e.GetProperty("venue").GetString() == "spot");
        json[0].GetProperty("code").GetInt32().ShouldBe(-1000);
        json[0].GetProperty("name").GetString().ShouldBe("UNKNOWN");
    }

    [Fact]
    public void List_Json_FiltersByCategory()
    {
        var json = CliRun.Of("list", "--venue", "usdm", "--category", "50xx", "--json").Json();

        json.GetArrayLength().ShouldBe(14); // -5021, -5022, -5024…-5029, -5037…-5041, -5043
        json.EnumerateArray().ShouldAllBe(e => e.GetProperty("category").GetString() == "50xx");
    }

    [Fact]
    public void List_Table_AllVenues_CountsEveryCode()
    {
        var run = CliRun.Of("list");

        run.ExitCode.ShouldBe(0);
        var total = BinanceErrorCatalog.Venues.Sum(v => BinanceErrorCatalog.For(v).Definitions.Count);
        run.Output.ShouldContain($"{total} codes.");
        run.Output.ShouldContain("MARGIN_NOT_SUFFICIEN");
    }

    [Fact]
    public void List_UnknownCategory_ExitsWith2AndNamesTheValidOnes()
    {
        var run = CliRun.Of("list", "--venue", "spot", "--category", "99xx");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"binance-errors: Unknown category '99xx'. Valid categories: 10xx, 11xx, 20xx, cancelReplace.{Environment.NewLine}");
    }
}
