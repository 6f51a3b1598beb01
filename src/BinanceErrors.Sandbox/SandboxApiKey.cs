namespace BinanceErrors.Sandbox;

/// <summary>
/// An API key the sandbox accepts, with the secret or public key that verifies its signatures. Each key is its
/// own account with its own balances.
/// </summary>
public sealed record SandboxApiKey
{
    /// <summary>The key sent in <c>X-MBX-APIKEY</c>; letters and digits, at most 64 characters.</summary>
    public required string ApiKey { get; init; }

    /// <summary>The HMAC-SHA256 secret, for HMAC keys.</summary>
    public string? HmacSecret { get; init; }

    /// <summary>The RSA public key (PEM, SubjectPublicKeyInfo), for RSA keys.</summary>
    public string? RsaPublicKeyPem { get; init; }

    /// <summary>The Ed25519 public key (PEM, SubjectPublicKeyInfo), for Ed25519 keys.</summary>
    public string? Ed25519PublicKeyPem { get; init; }

    /// <summary>Whether the key may trade; without it order endpoints answer -2015.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool CanTrade { get; init; } = true;

    /// <summary>The account's starting balances (asset → free amount).</summary>
    public IReadOnlyDictionary<string, decimal> Balances { get; init; } = new Dictionary<string, decimal>
    {
        ["USDT"] = 100_000m,
        ["BTC"] = 1m,
        ["ETH"] = 10m,
        ["BNB"] = 100m,
    };
}
