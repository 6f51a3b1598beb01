namespace BinanceErrors;

/// <summary>What the response body turned out to be.</summary>
public enum ResponseBodyKind
{
    /// <summary>No body.</summary>
    Empty = 0,

    /// <summary>A JSON document (possibly truncated).</summary>
    Json = 1,

    /// <summary>An HTML page, typically from the CDN or WAF in front of the API.</summary>
    Html = 2,

    /// <summary>Anything else, shown as text.</summary>
    Text = 3,
}
