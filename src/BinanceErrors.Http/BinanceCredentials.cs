using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace BinanceErrors.Http;

/// <summary>
/// An API key and the secret that signs with it. The secret never leaves this object: <see cref="ToString"/>,
/// logs, metrics and exceptions show at most the first and last characters of the key.
/// </summary>
public sealed class BinanceCredentials
{
    private readonly byte[]? _hmacSecret;
    private readonly RSA? _rsa;
    private readonly Ed25519PrivateKeyParameters? _ed25519;

    private BinanceCredentials(string apiKey, ApiKeyType type, byte[]? hmacSecret, RSA? rsa, Ed25519PrivateKeyParameters? ed25519)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new ArgumentException("The API key is empty.", nameof(apiKey));
        }

        ApiKey = apiKey;
        KeyType = type;
        _hmacSecret = hmacSecret;
        _rsa = rsa;
        _ed25519 = ed25519;
    }

    /// <summary>The API key sent in <c>X-MBX-APIKEY</c>.</summary>
    public string ApiKey { get; }

    /// <summary>How requests are signed.</summary>
    public ApiKeyType KeyType { get; }

    /// <summary>An HMAC-SHA256 key.</summary>
    /// <param name="apiKey">The API key.</param>
    /// <param name="secret">The secret (case-sensitive).</param>
    /// <returns>The credentials.</returns>
    public static BinanceCredentials Hmac(string apiKey, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return new BinanceCredentials(apiKey, ApiKeyType.Hmac, Encoding.UTF8.GetBytes(secret), null, null);
    }

    /// <summary>An RSA key.</summary>
    /// <param name="apiKey">The API key.</param>
    /// <param name="privateKeyPem">The PKCS#8 private key in PEM.</param>
    /// <returns>The credentials.</returns>
    public static BinanceCredentials Rsa(string apiKey, string privateKeyPem)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(privateKeyPem);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new ArgumentException("The RSA private key is not a PEM-encoded PKCS#8 key.", nameof(privateKeyPem), ex);
        }

        return new BinanceCredentials(apiKey, ApiKeyType.Rsa, null, rsa, null);
    }

    /// <summary>An Ed25519 key.</summary>
    /// <param name="apiKey">The API key.</param>
    /// <param name="privateKeyPem">The PKCS#8 private key in PEM (<c>-----BEGIN PRIVATE KEY-----</c>).</param>
    /// <returns>The credentials.</returns>
    public static BinanceCredentials Ed25519(string apiKey, string privateKeyPem)
    {
        try
        {
            var fields = PemEncoding.Find(privateKeyPem);
            var der = Convert.FromBase64String(privateKeyPem[fields.Base64Data]);
            var key = PrivateKeyFactory.CreateKey(der) as Ed25519PrivateKeyParameters
                ?? throw new ArgumentException("The PEM holds a private key of another type.", nameof(privateKeyPem));
            return new BinanceCredentials(apiKey, ApiKeyType.Ed25519, null, null, key);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException and not ArgumentNullException)
        {
            throw new ArgumentException("The Ed25519 private key is not a PEM-encoded PKCS#8 key.", nameof(privateKeyPem), ex);
        }
    }

    /// <summary>Signs a payload (query string then body, as sent) into the value of the <c>signature</c> parameter, already percent-encoded.</summary>
    /// <param name="payload">The exact text to sign.</param>
    /// <returns>The signature parameter value.</returns>
    public string Sign(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var message = Encoding.UTF8.GetBytes(payload);
        switch (KeyType)
        {
            case ApiKeyType.Hmac:
                return Convert.ToHexStringLower(HMACSHA256.HashData(_hmacSecret!, message));
            case ApiKeyType.Rsa:
                return Uri.EscapeDataString(Convert.ToBase64String(_rsa!.SignData(message, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)));
            default:
                var signer = new Ed25519Signer();
                signer.Init(true, _ed25519);
                signer.BlockUpdate(message, 0, message.Length);
                return Uri.EscapeDataString(Convert.ToBase64String(signer.GenerateSignature()));
        }
    }

    /// <summary>
    /// Signs with an HMAC key straight into <paramref name="destination"/> (64 lower-case hex digits, the same text
    /// <see cref="Sign"/> returns), without allocating. <see langword="false"/> for RSA and Ed25519 keys, which sign
    /// through <see cref="Sign"/>.
    /// </summary>
    internal bool TrySignHmac(ReadOnlySpan<byte> payload, Span<char> destination, out int written)
    {
        written = 0;
        if (KeyType != ApiKeyType.Hmac)
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_hmacSecret!, payload, hash);
        return Convert.TryToHexStringLower(hash, destination, out written);
    }

    /// <summary>The key type and a masked key; never the secret.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() => $"{KeyType} key {Mask(ApiKey)}";

    internal static string Mask(string apiKey) => apiKey.Length <= 8 ? "***" : $"{apiKey[..4]}…{apiKey[^4..]}";
}
