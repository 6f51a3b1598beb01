using BinanceErrors.Preflight.Internal;

namespace BinanceErrors.Preflight.Rules;

/// <summary>
/// A venue's parameter rules as data: per order type the parameters it needs and refuses (<see cref="OrderTypeParameters"/>),
/// and the order in which the exchange reports them. One interpreter, <c>Check</c>, serves every venue; a valid
/// order costs two mask operations, the walk in the venue's order runs only to name the parameter of a failure.
/// </summary>
internal sealed class ParameterTable
{
    private readonly OrderTypeParameters[] _rows;
    private readonly OrderParameter[] _requiredOrder;
    private readonly OrderParameter[] _forbiddenOrder;

    /// <summary>Creates a table.</summary>
    /// <param name="requiredOrder">The order in which missing parameters are reported (pairs by their first member).</param>
    /// <param name="forbiddenOrder">The order in which parameters sent when not required are reported.</param>
    /// <param name="rows">One row per order type, indexed by the type's value.</param>
    public ParameterTable(OrderParameter[] requiredOrder, OrderParameter[] forbiddenOrder, params OrderTypeParameters[] rows)
    {
        _requiredOrder = requiredOrder;
        _forbiddenOrder = forbiddenOrder;
        _rows = rows;
    }

    /// <summary>The row of an order type.</summary>
    /// <param name="type">The type's value.</param>
    public ref readonly OrderTypeParameters this[int type] => ref _rows[type];

    /// <summary>The first broken rule of an order type's row as the table has it.</summary>
    /// <param name="type">The type's value.</param>
    /// <param name="sent">The parameters sent (empty ones included).</param>
    /// <param name="filled">The parameters sent with a value.</param>
    /// <returns>The failure, or none.</returns>
    public ParameterFailure Check(int type, ParameterSet sent, ParameterSet filled)
    {
        ref readonly var row = ref _rows[type];
        return Check(row, row.Required, row.Forbidden, sent, filled);
    }

    /// <summary>
    /// The first broken rule of <paramref name="row"/>: a missing parameter (in the venue's order), then a parameter
    /// the type does not take, then both of a pair that excludes sending both.
    /// </summary>
    /// <param name="row">The type's row.</param>
    /// <param name="required">The row's required parameters, with the venue's adjustments for the order's values.</param>
    /// <param name="forbidden">The row's forbidden parameters, likewise adjusted.</param>
    /// <param name="sent">The parameters sent (empty ones included).</param>
    /// <param name="filled">The parameters sent with a value.</param>
    /// <returns>The failure, or none.</returns>
    public ParameterFailure Check(in OrderTypeParameters row, ParameterSet required, ParameterSet forbidden, ParameterSet sent, ParameterSet filled)
    {
        if (!(required & ~filled).IsEmpty || (!row.Either.IsEmpty && (row.Either & filled).IsEmpty))
        {
            return FirstMissing(row, required, sent, filled);
        }

        var extra = forbidden & sent;
        if (!extra.IsEmpty)
        {
            return new ParameterFailure(ParameterProblem.NotRequired, First(extra, _forbiddenOrder));
        }

        return row.OnlyOne && (row.Either & sent) == row.Either
            ? new ParameterFailure(ParameterProblem.NotRequired, Last(row.Either, _requiredOrder))
            : default;
    }

    private ParameterFailure FirstMissing(in OrderTypeParameters row, ParameterSet required, ParameterSet sent, ParameterSet filled)
    {
        foreach (var parameter in _requiredOrder)
        {
            if (required.Contains(parameter) && !filled.Contains(parameter))
            {
                return new ParameterFailure(sent.Contains(parameter) ? ParameterProblem.SentEmpty : ParameterProblem.NotSent, parameter);
            }

            if (row.Either.Contains(parameter) && (row.Either & filled).IsEmpty)
            {
                return new ParameterFailure(ParameterProblem.NotSent, parameter, Last(row.Either, _requiredOrder));
            }
        }

        return default; // unreachable: every required parameter is in the table's order
    }

    private static OrderParameter First(ParameterSet set, OrderParameter[] order)
    {
        foreach (var parameter in order)
        {
            if (set.Contains(parameter))
            {
                return parameter;
            }
        }

        return OrderParameter.None; // unreachable: every forbidden parameter is in the table's order
    }

    private static OrderParameter Last(ParameterSet set, OrderParameter[] order)
    {
        for (var i = order.Length - 1; i >= 0; i--)
        {
            if (set.Contains(order[i]))
            {
                return order[i];
            }
        }

        return OrderParameter.None; // unreachable: both parameters of a pair are in the table's order
    }
}
