namespace BinanceErrors.Http;

/// <summary>How an API key signs requests.</summary>
public enum ApiKeyType
{
    /// <summary>HMAC-SHA256 with a shared secret; the signature is lowercase hex.</summary>
    Hmac = 0,

    /// <summary>RSASSA-PKCS1-v1_5 SHA-256 with a PKCS#8 private key; the signature is base64.</summary>
    Rsa = 1,

    /// <summary>Ed25519 with a PKCS#8 private key; the signature is base64 (Binance's recommendation).</summary>
    Ed25519 = 2,
}
