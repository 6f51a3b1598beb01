using Microsoft.Extensions.Options;

namespace BinanceErrors.Http;

/// <summary>Checks <see cref="BinanceClientOptions"/>; every failure names the option and its allowed range.</summary>
/// <remarks>
/// Internal: users never call it. <c>AddBinanceResilience</c> registers it for options validation, and the resilience
/// handler runs it on the options it is given.
/// </remarks>
internal sealed class BinanceClientOptionsValidator : IValidateOptions<BinanceClientOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BinanceClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Venue))
        {
            failures.Add($"Venue must be one of {string.Join(", ", Enum.GetNames<BinanceVenue>())}.");
        }

        if (options.RecvWindow <= TimeSpan.Zero || options.RecvWindow > TimeSpan.FromSeconds(60))
        {
            failures.Add($"RecvWindow must be more than 0 and at most 60 seconds; it is {options.RecvWindow}.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"MaxRetries must be from 0 to 10; it is {options.MaxRetries}.");
        }

        if (options.ReconcileAttempts is < 1 or > 20)
        {
            failures.Add($"ReconcileAttempts must be from 1 to 20; it is {options.ReconcileAttempts}.");
        }

        if (options.MinNotFoundLookups is < 1 or > 20)
        {
            failures.Add($"MinNotFoundLookups must be from 1 to 20; it is {options.MinNotFoundLookups}.");
        }

        if (options.ReconcileSettleMargin < TimeSpan.Zero || options.ReconcileSettleMargin > TimeSpan.FromMinutes(5))
        {
            failures.Add($"ReconcileSettleMargin must be from 0 to 5 minutes; it is {options.ReconcileSettleMargin}.");
        }

        if (options.MaxReconcileWait < TimeSpan.Zero || options.MaxReconcileWait > TimeSpan.FromHours(1))
        {
            failures.Add($"MaxReconcileWait must be from 0 to 1 hour; it is {options.MaxReconcileWait}.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"RetryBaseDelay must be from 0 to 1 minute; it is {options.RetryBaseDelay}.");
        }

        if (options.AttemptTimeout < TimeSpan.FromMilliseconds(10) || options.AttemptTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"AttemptTimeout must be from 10 ms to 5 minutes; it is {options.AttemptTimeout}.");
        }

        if (options.MaxLimitWait < TimeSpan.Zero)
        {
            failures.Add("MaxLimitWait must not be negative.");
        }

        if (options.LimitHeadroom is < 0 or > 0.5m)
        {
            failures.Add($"LimitHeadroom must be from 0 to 0.5; it is {options.LimitHeadroom}.");
        }

        foreach (var rule in options.RequestWeightLimits.Concat(options.RawRequestLimits).Concat(options.OrderLimits))
        {
            if (rule.Window <= TimeSpan.Zero || rule.Limit <= 0)
            {
                failures.Add($"Limit rules need a positive window and limit; {rule} is not.");
            }
        }

        if (options.IpGroup is { } group && (group.Length is 0 or > 100 || group.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))))
        {
            failures.Add($"IpGroup must be 1 to 100 characters without spaces; it is '{group}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
