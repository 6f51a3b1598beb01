using System.Globalization;

namespace BinanceErrors.Http.Internal;

/// <summary>
/// The error the exchange would have sent for a request the client refused to send (banned, or over a limit with no
/// time to wait), built from the catalog's -1003 definition so it reads like one from the exchange.
/// </summary>
internal static class LocalRefusal
{
    public static BinanceError Create(BinanceVenue venue, bool banned, DateTimeOffset until, DateTimeOffset now)
    {
        var wait = until > now ? until - now : TimeSpan.Zero;
        var catalog = BinanceErrorCatalog.For(venue);
        MessageTemplate? template = null;
        var message = banned ? "IP banned" : "Too many requests.";
        if (catalog.TryGetDefinition(BinanceErrorCodes.TooManyRequests, out var definition) && definition is not null)
        {
            template = definition.Messages.FirstOrDefault(m => banned ? m.ArgumentNames.Contains("bannedUntil") : !m.HasArguments);
            if (template is not null)
            {
                message = banned ? template.Format(until.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)) : template.Text;
            }
        }

        return new BinanceError
        {
            Venue = venue,
            HttpStatus = banned ? 418 : 429,
            Code = BinanceErrorCodes.TooManyRequests,
            Definition = definition,
            Message = message,
            Template = template,
            Arguments = banned && template is not null ? [new TemplateArgument("bannedUntil", until.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))] : [],
            Kind = banned ? BinanceErrorKind.IpBanned : BinanceErrorKind.RateLimited,
            Advice = banned ? new RecoveryAdvice(RecoveryAction.HaltUntil, wait, until) : new RecoveryAdvice(RecoveryAction.RetryAfter, wait, until),
            BannedUntil = banned ? until : null,
            BodyKind = ResponseBodyKind.Json,
        };
    }
}
