using System.Runtime.CompilerServices;

namespace BinanceErrors.Preflight.Rules;

/// <summary>The open-order count rules (MAX_NUM_ORDERS and kin, every venue): one more order against a limit.</summary>
internal static class OpenOrderLimit
{
    /// <summary>
    /// Whether one more order would pass <paramref name="limit"/>; with no limit nothing is checked, and an unknown open
    /// count adds <paramref name="check"/> to <paramref name="notChecked"/>.
    /// </summary>
    /// <typeparam name="TChecks">The venue's flags of checks not done (<see cref="PreflightChecks"/> or the futures one).</typeparam>
    /// <param name="limit">The limit, when the symbol or exchange has one.</param>
    /// <param name="open">The orders open now, when the caller knows.</param>
    /// <param name="check">The flag of this check.</param>
    /// <param name="notChecked">The flags of checks not done.</param>
    /// <returns>Whether the order breaks the limit.</returns>
    public static bool Exceeds<TChecks>(int? limit, int? open, TChecks check, ref TChecks notChecked)
        where TChecks : unmanaged, Enum
    {
        if (limit is not { } max)
        {
            return false;
        }

        if (open is not { } count)
        {
            var flags = Unsafe.As<TChecks, int>(ref notChecked) | Unsafe.As<TChecks, int>(ref check);
            notChecked = Unsafe.As<int, TChecks>(ref flags);
            return false;
        }

        return count + 1 > max;
    }
}
