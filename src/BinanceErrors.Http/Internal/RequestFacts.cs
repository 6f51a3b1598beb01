namespace BinanceErrors.Http.Internal;

/// <summary>What is resolved about a request before its first attempt (see <see cref="RequestResolver"/>).</summary>
internal readonly record struct RequestFacts(EndpointInfo Endpoint, string Authority, int Weight, bool Signed, OrderCountCost Orders, bool UserStream);
