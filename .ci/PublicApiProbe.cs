// Compiled into src/BinanceErrors only by `.ci/check-public-api` (-p:PublicApiProbe=true), which expects the build to
// fail with RS0016 on each public symbol below: proof that a public member nobody declared in PublicAPI.*.txt cannot
// ship unnoticed.
namespace BinanceErrors;

/// <summary>An undeclared public type.</summary>
public sealed class PublicApiProbe
{
    /// <summary>An undeclared public method.</summary>
    /// <returns>Nothing useful.</returns>
    public static int UndeclaredMethod() => 0;
}
