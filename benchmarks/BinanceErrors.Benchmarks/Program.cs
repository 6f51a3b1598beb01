using BenchmarkDotNet.Running;

namespace BinanceErrors.Benchmarks;

/// <summary>Runs the suite: <c>dotnet run -c Release --project benchmarks/BinanceErrors.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
