using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// The one configuration every benchmark class runs with: allocations are always measured (the goals are stated in
/// bytes as well as time), and the ratio to the class's baseline is printed with its standard deviation, so a table
/// says how far the ratio itself can be trusted. The job (iterations, launches) comes from the command line:
/// <c>--job dry</c> in CI, <c>--job medium</c> or the default job for the numbers in docs/benchmarks.md. The generated
/// project gets 15 minutes to build: on the shared 2-core machine BenchmarkDotNet's default two minutes are not
/// enough, and a build that times out loses the whole run.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(BaselineRatioColumn.RatioStdDev)
        .AddColumn(StatisticColumn.Min, StatisticColumn.Max)
        .WithBuildTimeout(TimeSpan.FromMinutes(15));
}
