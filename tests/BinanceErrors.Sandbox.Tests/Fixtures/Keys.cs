using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace BinanceErrors.Sandbox.Tests.Fixtures;

/// <summary>Key pairs for the RSA and Ed25519 key types, made fresh per test run.</summary>
public static class Keys
{
    public static RSA NewRsa() => RSA.Create(2048);

    public static string PublicPem(RSA rsa) => rsa.ExportSubjectPublicKeyInfoPem();

    public static (Ed25519PrivateKeyParameters Private, string PublicPem) NewEd25519()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        var der = SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(pair.Public).GetDerEncoded();
        return ((Ed25519PrivateKeyParameters)pair.Private, new string(PemEncoding.Write("PUBLIC KEY", der)));
    }
}
