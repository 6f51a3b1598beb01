namespace BinanceErrors.Http.Internal;

/// <summary>
/// What is resolved about a request before its first attempt (see <see cref="RequestResolver"/>): the endpoint, the
/// host (the key of clocks and limits), what to reserve and whether to sign, and for logs and the requests the core
/// makes on the call's behalf, the operation (an HTTP method) and the address it was sent to.
/// </summary>
internal readonly record struct RequestFacts(EndpointInfo Endpoint, string Authority, int Weight, bool Signed, OrderCountCost Orders, bool UserStream, string Operation, Uri Address);
