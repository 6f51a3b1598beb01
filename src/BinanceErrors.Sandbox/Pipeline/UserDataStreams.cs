namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// Who receives an account's user data (order updates, balances): WebSocket API subscriptions and listenKey streams,
/// whichever front made them. A venue publishes each event once; each subscriber frames it its own way.
/// </summary>
internal sealed class UserDataStreams
{
    private readonly Dictionary<string, List<IUserDataSubscriber>> _byAccount = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>Starts delivering <paramref name="account"/>'s events to <paramref name="subscriber"/>.</summary>
    public void Add(string account, IUserDataSubscriber subscriber)
    {
        lock (_gate)
        {
            if (!_byAccount.TryGetValue(account, out var list))
            {
                list = [];
                _byAccount[account] = list;
            }

            list.Add(subscriber);
        }
    }

    /// <summary>Stops delivering to <paramref name="subscriber"/>.</summary>
    public void Remove(string account, IUserDataSubscriber subscriber)
    {
        lock (_gate)
        {
            if (_byAccount.TryGetValue(account, out var list))
            {
                list.Remove(subscriber);
            }
        }
    }

    /// <summary>Whether anyone listens to the account (an event nobody receives is not rendered).</summary>
    public bool HasSubscribers(string account)
    {
        lock (_gate)
        {
            return _byAccount.TryGetValue(account, out var list) && list.Count > 0;
        }
    }

    /// <summary>Delivers one event (its JSON object) to every subscriber of the account, in order.</summary>
    public void Publish(string account, ReadOnlyMemory<byte> eventJson)
    {
        IUserDataSubscriber[] subscribers;
        lock (_gate)
        {
            if (!_byAccount.TryGetValue(account, out var list) || list.Count == 0)
            {
                return;
            }

            subscribers = [.. list];
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Deliver(eventJson);
        }
    }
}
