namespace BinanceErrors.Cli.Mcp;

/// <summary>
/// The situations <c>recovery_plan</c> answers: the ones users ask about most, each with its steps in the order they
/// must happen, in the toolkit's terms. A situation is found by its id or by words of the question (codes, statuses).
/// </summary>
internal static class RecoveryPlans
{
    private static readonly (string[] Keys, RecoveryPlanResult Plan)[] Plans =
    [
        (
            ["post-timeout", "timeout", "timed out", "-1007", "-1006", "5xx", "500", "502", "503", "504", "connection", "unknown outcome", "no response"],
            new RecoveryPlanResult(
                "post-timeout",
                "An order POST (or a cancel) timed out, the connection dropped, or the answer was 5XX / -1006 / -1007: the outcome is unknown.",
                ["-1007 TIMEOUT", "-1006 UNEXPECTED_RESP", "HTTP 5XX", "connection lost after sending"],
                [
                    "Treat the order as possibly placed. The exchange may have accepted it even though you got no answer.",
                    "Look it up by the client order id you sent: GET /api/v3/order with origClientOrderId (Spot, Binance.US) or GET /fapi/v1/order with origClientOrderId (USDⓈ-M). This is why every order needs your own newClientOrderId.",
                    "Found: the order exists (open or filled). Carry on with it; do not place it again.",
                    "-2013 \"Order does not exist.\": send it once more with the SAME newClientOrderId. Should the first one appear meanwhile, the exchange refuses the resend as a duplicate instead of opening a second order.",
                    "Still no clear answer (the look-up itself times out): ask again with backoff and watch the user data stream for that clientOrderId; keep the symbol paused until you know.",
                ],
                [
                    "Do not resend with a new client order id: that is how double fills happen.",
                    "Do not assume a timeout means the order failed.",
                ],
                "The BinanceErrors HttpClient pipeline (AddBinanceResilience) does these steps itself: orders always carry a newClientOrderId, unknown outcomes are reconciled by client order id (response header X-BinanceErrors-Reconciled), and what stays unclear ends in BinanceExecutionUnknownException { ClientOrderId }.")
        ),
        (
            ["http-418", "418", "banned", "ban", "ip ban"],
            new RecoveryPlanResult(
                "http-418",
                "HTTP 418: the IP is banned for repeating requests after 429 answers.",
                ["HTTP 418", "-1003 TOO_MANY_REQUESTS (\"Way too much request weight used; IP banned until %s. Please use WebSocket Streams for live updates to avoid bans.\")"],
                [
                    "Stop all traffic from this IP at once, for every client in the process: each further request extends the ban.",
                    "Read the end of the ban: the Retry-After header (seconds), or the time in the -1003 message \"IP banned until …\" (milliseconds since the epoch).",
                    "Wait until then. Bans grow from 2 minutes up to 3 days for repeated offenders.",
                    "Find what overran the limit: weight per minute (X-MBX-USED-WEIGHT-1M headers), retries without waiting after 429, polling instead of WebSocket streams.",
                    "Resume slowly and honour every Retry-After from now on.",
                ],
                [
                    "Do not retry during the ban, not even to test it.",
                    "Do not rotate to another IP to dodge it.",
                ],
                "The pipeline's limit handler halts all traffic for the venue and key on a 418: every request fails fast with BinanceRateLimitException { IsBan = true, BannedUntil } without being sent, until the ban ends; the classifier reports it as IpBanned / HaltUntil.")
        ),
        (
            ["clock-1021", "1021", "-1021", "timestamp", "recvwindow", "clock", "time sync", "ahead of the server"],
            new RecoveryPlanResult(
                "clock-1021",
                "-1021 keeps coming: the request timestamp is outside recvWindow or ahead of the server's time.",
                ["-1021 INVALID_TIMESTAMP"],
                [
                    "Measure the offset to the server: GET /api/v3/time (Spot) or /fapi/v1/time (USDⓈ-M), and take the midpoint of your send and receive times as 'now' for the server time.",
                    "Sign every request with timestamp = local time + offset, created right before sending (not when the request was queued).",
                    "Keep recvWindow modest (5000 ms is the default; 60000 the maximum): a bigger window hides the drift instead of fixing it.",
                    "Synchronise the machine's clock (NTP, chrony); on a VM or a laptop after sleep the clock drifts fast.",
                    "Re-measure the offset on each -1021 and periodically, then re-sign and resend the request once. A -1021 is sent before execution, so resending it is safe.",
                ],
                [
                    "Do not keep resending the same signed request: its timestamp only gets older.",
                    "Do not just raise recvWindow to 60000 and move on.",
                ],
                "The pipeline measures the clock offset, re-signs with a fresh timestamp and resends once on -1021; a second -1021 is returned (BinanceClockSkewException when you call EnsureBinanceSuccessAsync).")
        ),
        (
            ["order-not-found-after-place", "2013", "-2013", "does not exist", "not found", "no_such_order"],
            new RecoveryPlanResult(
                "order-not-found-after-place",
                "-2013 \"Order does not exist.\" right after placing an order.",
                ["-2013 NO_SUCH_ORDER"],
                [
                    "Check that you asked by the id you really have: origClientOrderId for your newClientOrderId, orderId only for the exchange's id, and the same symbol.",
                    "If the placement's answer was unknown (timeout, 5XX): the exchange can take a moment to show a new order; ask again a few times with a short backoff before concluding.",
                    "A definite -2013 for a placement whose answer you never got means it was not placed: resend once with the SAME newClientOrderId.",
                    "On USDⓈ-M, conditional orders (STOP, TAKE_PROFIT, trailing) now live in the Algo Service: look them up with GET /fapi/v1/algoOrder by clientAlgoId or algoId, not /fapi/v1/order.",
                    "Old orders drop out of the order query: CANCELED or EXPIRED orders without fills can no longer be found after a while; use allOrders or your own records.",
                ],
                [
                    "Do not place a new order under a new client order id because of a single -2013 after a timeout.",
                ],
                "The pipeline's reconciliation does the look-up and the one resend with the same client order id; the classifier reports -2013 as OrderNotFound.")
        ),
        (
            ["futures-4120", "4120", "-4120", "algo", "stop_order_switch_algo", "stop_market", "take_profit_market"],
            new RecoveryPlanResult(
                "futures-4120",
                "-4120 on USDⓈ-M: \"Order type not supported for this endpoint. Please use the Algo Order API endpoints instead.\"",
                ["-4120 (USDⓈ-M, since the Algo Service migration on 2025-12-09)"],
                [
                    "STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET and TRAILING_STOP_MARKET are no longer accepted on POST /fapi/v1/order or /fapi/v1/batchOrders.",
                    "Send them to POST /fapi/v1/algoOrder with algoType=CONDITIONAL and triggerPrice (instead of stopPrice), and your own clientAlgoId as the idempotency id.",
                    "Query and cancel them with GET/DELETE /fapi/v1/algoOrder by algoId or clientAlgoId; follow them in the user data stream's ALGO_UPDATE events (the triggered order's id appears in 'ai').",
                    "Reconcile an unknown algo-order outcome by clientAlgoId, not origClientOrderId.",
                    "Do not resend the refused order unchanged: -4120 is definitive, nothing was placed.",
                ],
                [
                    "Do not retry the same request on /fapi/v1/order.",
                    "There is no batch endpoint for algo orders: place them one by one.",
                ],
                "The classifier treats -4120 as a definitive rejection (do not retry). The pipeline does not reconcile algo orders by clientAlgoId yet.")
        ),
        (
            ["http-429", "429", "rate limit", "too many requests", "-1003", "-1015", "weight"],
            new RecoveryPlanResult(
                "http-429",
                "HTTP 429: a rate limit was hit (request weight -1003 or order count -1015).",
                ["HTTP 429", "-1003 TOO_MANY_REQUESTS", "-1015 TOO_MANY_ORDERS"],
                [
                    "Stop sending on that IP (weight) or account (order count) until the Retry-After header's seconds have passed.",
                    "The refused request was not executed: it is safe to send it again after the wait.",
                    "Read X-MBX-USED-WEIGHT-(interval) and X-MBX-ORDER-COUNT-(interval) on every answer and slow down before the limit, not after.",
                ],
                [
                    "Do not retry at once: repeated requests after a 429 lead to a 418 ban.",
                ],
                "The pipeline waits for Retry-After for every client of the venue and key, tracks the limit headers and reserves weight before sending.")
        ),
    ];

    public static IEnumerable<string> Ids => Plans.Select(p => p.Plan.Situation);

    public static bool TryFind(string situation, out RecoveryPlanResult? plan)
    {
        var text = situation.Trim().ToLowerInvariant();
        foreach (var (keys, candidate) in Plans)
        {
            if (keys[0] == text)
            {
                plan = candidate;
                return true;
            }
        }

        // Free text: the first situation whose most specific words (codes, statuses) occur in the question.
        foreach (var (keys, candidate) in Plans)
        {
            if (keys.Skip(1).Any(k => ContainsWord(text, k)))
            {
                plan = candidate;
                return true;
            }
        }

        plan = null;
        return false;
    }

    private static bool ContainsWord(string text, string key)
    {
        var at = text.IndexOf(key, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + key.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }

            at = text.IndexOf(key, at + 1, StringComparison.Ordinal);
        }

        return false;
    }
}
