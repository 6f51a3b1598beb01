namespace BinanceErrors;

/// <summary>Where a catalog message text comes from, and whether the server actually sends it.</summary>
public enum MessageForm
{
    /// <summary>A message the server sends, as documented.</summary>
    Server = 0,

    /// <summary>A sentence of documentation listed among the messages; not sent by the server.</summary>
    Description = 1,

    /// <summary>Sent on the FIX API only.</summary>
    Fix = 2,

    /// <summary>An older wording still seen in the wild.</summary>
    Legacy = 3,

    /// <summary>The doc lists the constant name; the real text is one of the matching-engine messages.</summary>
    Placeholder = 4,

    /// <summary>A rewording from another official page for the same venue.</summary>
    Alternate = 5,

    /// <summary>The Spot testnet's spelling of a message.</summary>
    Testnet = 6,

    /// <summary>Seen in an official response example rather than the error list.</summary>
    Example = 7,

    /// <summary>Not listed by the exchange but implied by its naming pattern (e.g. PERCENT_PRICE_BY_SIDE).</summary>
    Inferred = 8,

    /// <summary>
    /// Not in any documentation, but posted by users as what the server really answered (a typo, an older wording,
    /// a text with the caller's IP in it); <see cref="MessageTemplate.Source"/> names the public post.
    /// </summary>
    Observed = 9,
}
