using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BinanceErrors.Http.Tests.Fixtures;

/// <summary>
/// A throw-away certificate authority and a server certificate for 127.0.0.1 signed by it, written as PEM files for a
/// TLS server under test (redis-server <c>--tls-port</c>); deleted with the object.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private TestCertificateAuthority(string directory) => Directory = directory;

    public string Directory { get; }

    public string CaCertificatePath => Path.Combine(Directory, "ca.crt");

    public string ServerCertificatePath => Path.Combine(Directory, "server.crt");

    public string ServerKeyPath => Path.Combine(Directory, "server.key");

    /// <summary>The redis-server arguments that serve TLS only on the fixture's port with this certificate.</summary>
    public string[] RedisTlsArguments => ["--tls-port", "{port}", "--tls-cert-file", ServerCertificatePath, "--tls-key-file", ServerKeyPath, "--tls-ca-cert-file", CaCertificatePath, "--tls-auth-clients", "no"];

    public static TestCertificateAuthority Create()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("be-tls-").FullName;
        var now = DateTimeOffset.UtcNow; // Test fixture: certificates are checked against the real clock by TLS itself.
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=BinanceErrors test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = caRequest.CreateSelfSigned(now.AddHours(-1), now.AddDays(1));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var server = serverRequest.Create(ca, now.AddHours(-1), now.AddDays(1), [1, 2, 3, 4]);

        var authority = new TestCertificateAuthority(directory);
        File.WriteAllText(authority.CaCertificatePath, ca.ExportCertificatePem());
        File.WriteAllText(authority.ServerCertificatePath, server.ExportCertificatePem());
        File.WriteAllText(authority.ServerKeyPath, serverKey.ExportPkcs8PrivateKeyPem());
        return authority;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
