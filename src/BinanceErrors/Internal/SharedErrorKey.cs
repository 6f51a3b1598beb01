namespace BinanceErrors.Internal;

/// <summary>What decides a fixed message's classification: the same key always gives an equal error, so one is shared.</summary>
internal readonly record struct SharedErrorKey(BinanceVenue Venue, int? Status, int? Code, MessageTemplate Template, RequestIntent Intent);
