using System.Diagnostics.CodeAnalysis;

namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// The API keys the sandbox accepts, each with the verifier for its signatures, and the keys revoked since start-up
/// (a revoked key is refused everywhere with -2015, as the exchange refuses a key deleted mid-session).
/// </summary>
internal sealed class ApiKeyRing
{
    private readonly Dictionary<string, (SandboxApiKey Key, SignatureVerifier Verifier)> _keys;
    private readonly HashSet<string> _revoked = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public ApiKeyRing(IReadOnlyList<SandboxApiKey> keys)
    {
        _keys = keys.ToDictionary(k => k.ApiKey, k => (k, new SignatureVerifier(k)), StringComparer.Ordinal);
    }

    /// <summary>Every key, in start-up order (revoked ones too).</summary>
    public IEnumerable<SandboxApiKey> Keys => _keys.Values.Select(k => k.Key);

    /// <summary>Finds a key that has not been revoked.</summary>
    public bool TryFind(string apiKey, [NotNullWhen(true)] out SandboxApiKey? key, [NotNullWhen(true)] out SignatureVerifier? verifier)
    {
        lock (_gate)
        {
            if (_keys.TryGetValue(apiKey, out var found) && !_revoked.Contains(apiKey))
            {
                (key, verifier) = found;
                return true;
            }
        }

        key = null;
        verifier = null;
        return false;
    }

    /// <summary>Whether the key exists (revoked or not).</summary>
    public bool Exists(string apiKey) => _keys.ContainsKey(apiKey);

    /// <summary>Revokes a key (again is fine); returns false when there is no such key.</summary>
    public bool Revoke(string apiKey)
    {
        if (!_keys.ContainsKey(apiKey))
        {
            return false;
        }

        lock (_gate)
        {
            _revoked.Add(apiKey);
            return true;
        }
    }

    /// <summary>Whether the key was revoked.</summary>
    public bool IsRevoked(string apiKey)
    {
        lock (_gate)
        {
            return _revoked.Contains(apiKey);
        }
    }
}
