namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>Where a request's API key came from, which decides how it is checked.</summary>
internal enum ApiKeySource
{
    /// <summary>REST: the <c>X-MBX-APIKEY</c> header (missing or malformed: -2014).</summary>
    Header = 0,

    /// <summary>WebSocket API: the <c>apiKey</c> parameter, signed with the others.</summary>
    Parameter = 1,

    /// <summary>WebSocket API: the key the connection logged on with; the request needs no signature.</summary>
    Session = 2,
}
