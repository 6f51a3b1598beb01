namespace BinanceErrors.Sandbox.Spot.Engine;

/// <summary>
/// An order list (OCO, OTO, OTOCO, OPO, OPOCO) inside the matching engine. Mutable, and only touched under the engine's lock.
/// An OCO's two legs work at once and the first to execute expires the other; an OTO's pending leg(s) wait as
/// PENDING_NEW until the working leg has filled completely.
/// </summary>
internal sealed class EngineOrderList
{
    public required long OrderListId { get; init; }

    public required string ListClientOrderId { get; init; }

    /// <summary>OCO or OTO (an OTOCO reports OTO).</summary>
    public required string ContingencyType { get; init; }

    public required string Symbol { get; init; }

    public required string Account { get; init; }

    public required long TransactionTime { get; init; }

    /// <summary>Every leg, in the order the exchange reports them.</summary>
    public required IReadOnlyList<EngineOrder> Orders { get; init; }

    /// <summary>The working leg of an OTO/OTOCO; <see langword="null"/> for an OCO.</summary>
    public EngineOrder? Working { get; init; }

    /// <summary>The pending leg(s) of an OTO/OTOCO.</summary>
    public IReadOnlyList<EngineOrder> Pending { get; init; } = [];

    /// <summary>One Pays the Other (OPO, OPOCO): the pending legs' quantity is what the working leg received.</summary>
    public bool OnePaysTheOther { get; init; }

    /// <summary>Whether the pending legs have been placed (the working leg filled).</summary>
    public bool PendingActive { get; set; }

    public string ListStatusType { get; set; } = "EXEC_STARTED";

    public string ListOrderStatus { get; set; } = "EXECUTING";

    public long UpdateTime { get; set; }

    public bool IsExecuting => ListOrderStatus == "EXECUTING";

    /// <summary>The two legs that cancel each other: an OCO's legs, or an OTOCO's pending pair once it works.</summary>
    public IReadOnlyList<EngineOrder> OneCancelsOther =>
        Working is null ? Orders : PendingActive && Pending.Count == 2 ? Pending : [];
}
