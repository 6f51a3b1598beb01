using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>Checks a request's signature for its key type: HMAC-SHA256 (hex), RSA PKCS#1 v1.5 SHA-256 or Ed25519 (base64).</summary>
internal sealed class SignatureVerifier
{
    private readonly byte[]? _hmacSecret;
    private readonly RSA? _rsa;
    private readonly Ed25519PublicKeyParameters? _ed25519;

    public SignatureVerifier(SandboxApiKey key)
    {
        if (key.HmacSecret is { } secret)
        {
            _hmacSecret = Encoding.UTF8.GetBytes(secret);
        }

        if (key.RsaPublicKeyPem is { } rsaPem)
        {
            _rsa = RSA.Create();
            _rsa.ImportFromPem(rsaPem);
        }

        if (key.Ed25519PublicKeyPem is { } edPem)
        {
            _ed25519 = ReadEd25519(edPem);
        }

        if (_hmacSecret is null && _rsa is null && _ed25519 is null)
        {
            throw new ArgumentException($"API key '{key.ApiKey}' needs an HMAC secret, an RSA public key or an Ed25519 public key.", nameof(key));
        }
    }

    public static Ed25519PublicKeyParameters ReadEd25519(string pem)
    {
        var fields = PemEncoding.Find(pem);
        var der = Convert.FromBase64String(pem[fields.Base64Data]);
        return PublicKeyFactory.CreateKey(der) as Ed25519PublicKeyParameters
            ?? throw new ArgumentException("The PEM is not an Ed25519 public key.", nameof(pem));
    }

    public bool Verify(string payload, string signature)
    {
        var message = Encoding.UTF8.GetBytes(payload);
        if (_hmacSecret is not null)
        {
            // Hex, not case-sensitive; compared in constant time.
            var expected = HMACSHA256.HashData(_hmacSecret, message);
            return TryFromHex(signature, out var given) && CryptographicOperations.FixedTimeEquals(expected, given);
        }

        if (!TryFromBase64(signature, out var bytes))
        {
            return false;
        }

        if (_rsa is not null)
        {
            return _rsa.VerifyData(message, bytes, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }

        var verifier = new Ed25519Signer();
        verifier.Init(false, _ed25519);
        verifier.BlockUpdate(message, 0, message.Length);
        return verifier.VerifySignature(bytes);
    }

    private static bool TryFromHex(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length != 64)
        {
            return false;
        }

        try
        {
            bytes = Convert.FromHexString(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool TryFromBase64(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var written) && (bytes = bytes[..written]).Length > 0;
    }
}
