using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace BinanceErrors.Cli;

/// <summary>Parses the values that several commands share, with one-line errors that name the valid values.</summary>
internal static class CliArguments
{
    public static string ValidVenues => string.Join(", ", BinanceVenueNames.All);

    /// <summary>A venue by its one name (<see cref="BinanceVenueNames"/>), forgiving case and surrounding spaces.</summary>
    public static BinanceVenue ParseVenue(string text) =>
        BinanceVenueNames.TryParse(text.Trim().ToLowerInvariant(), out var venue) ? venue
        : throw new CliUsageException($"Unknown venue '{text}'. Valid venues: {ValidVenues}.");

    /// <summary>Whether the option was given on the command line (not just its default value).</summary>
    public static bool Given(ParseResult result, Option option) => result.GetResult(option) is OptionResult { Implicit: false };

    public static string VenueName(BinanceVenue venue) => BinanceVenueNames.Of(venue);

    /// <summary>Error codes are negative; "2010" is accepted as -2010 because people type it that way.</summary>
    public static int ParseCode(string text)
    {
        var trimmed = text.Trim();
        if (!int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) || code == 0)
        {
            throw new CliUsageException($"'{text}' is not an error code. Codes are non-zero integers such as -2010.");
        }

        return code > 0 ? -code : code;
    }

    /// <summary>The intent as --intent spells it.</summary>
    public static string IntentName(RequestIntent intent) => intent switch
    {
        RequestIntent.Read => "read",
        RequestIntent.PlaceOrder => "place",
        RequestIntent.CancelOrder => "cancel",
        RequestIntent.OtherWrite => "write",
        _ => "unspecified",
    };

    public static RequestIntent ParseIntent(string text) => text.Trim().ToLowerInvariant() switch
    {
        "unspecified" => RequestIntent.Unspecified,
        "read" => RequestIntent.Read,
        "place" => RequestIntent.PlaceOrder,
        "cancel" => RequestIntent.CancelOrder,
        "write" => RequestIntent.OtherWrite,
        _ => throw new CliUsageException($"Unknown intent '{text}'. Valid intents: unspecified, read, place, cancel, write."),
    };
}
