namespace CpdLog.Web.Infrastructure.Backup;

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

/// <summary>
/// The archive header and its content key. The header is <c>CPDLOGBK</c>, a version byte (1) and a key-mode byte:
/// mode 1 wraps a random 256-bit content key with the data-protection certificate's RSA public key (OAEP-SHA256) and
/// records the certificate's SHA-256 thumbprint; mode 2 derives the key from <c>Backup:Passphrase</c> with
/// PBKDF2-HMAC-SHA256 (iterations and a random 16-byte salt in the header). The header ends with a key check,
/// HMAC-SHA256(key, "CpdLog backup key check v1"), so a wrong key is told apart from a damaged archive.
/// </summary>
public sealed class ArchiveKey
{
    public const int Pbkdf2Iterations = 600_000;
    public const int MinPassphraseLength = 12;
    private const byte Version = 1;
    private const byte CertificateMode = 1;
    private const byte PassphraseMode = 2;
    private static readonly byte[] Magic = "CPDLOGBK"u8.ToArray();
    private static readonly byte[] KeyCheckLabel = Encoding.ASCII.GetBytes("CpdLog backup key check v1");

    private ArchiveKey(byte[] key, byte[] header)
    {
        Key = key;
        Header = header;
    }

    /// <summary>The 256-bit AES-GCM content key.</summary>
    public byte[] Key { get; }

    /// <summary>The header bytes as written (authenticated with every chunk).</summary>
    public byte[] Header { get; }

    /// <summary>A new key for a new archive: the certificate when configured, otherwise the passphrase; neither is refused.</summary>
    public static ArchiveKey Create(IConfiguration configuration)
    {
        using var header = new MemoryStream();
        header.Write(Magic);
        header.WriteByte(Version);
        byte[] key;
        if (KeyProtection.IsConfigured(configuration))
        {
            using var certificate = CurrentCertificate(configuration);
            using var rsa = certificate.GetRSAPublicKey()
                ?? throw new BackupException($"The data-protection certificate {configuration[$"{KeyProtection.Section}:CertificatePath"]} has no RSA key; backups need an RSA certificate.");
            key = RandomNumberGenerator.GetBytes(32);
            var wrapped = rsa.Encrypt(key, RSAEncryptionPadding.OaepSHA256);
            header.WriteByte(CertificateMode);
            header.Write(certificate.GetCertHash(HashAlgorithmName.SHA256));
            Span<byte> length = stackalloc byte[2];
            BinaryPrimitives.WriteUInt16BigEndian(length, checked((ushort)wrapped.Length));
            header.Write(length);
            header.Write(wrapped);
        }
        else
        {
            var passphrase = Passphrase(configuration)
                ?? throw new BackupException(
                    "No backup key: set DataProtection:CertificatePath (the data-protection certificate; recommended) or Backup:Passphrase "
                    + $"(environment Backup__Passphrase, at least {MinPassphraseLength} characters). The archive is always encrypted.");
            var salt = RandomNumberGenerator.GetBytes(16);
            key = Rfc2898DeriveBytes.Pbkdf2(passphrase, salt, Pbkdf2Iterations, HashAlgorithmName.SHA256, 32);
            header.WriteByte(PassphraseMode);
            Span<byte> iterations = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(iterations, Pbkdf2Iterations);
            header.Write(iterations);
            header.Write(salt);
        }

        header.Write(HMACSHA256.HashData(key, KeyCheckLabel));
        return new ArchiveKey(key, header.ToArray());
    }

    /// <summary>Reads the header from the archive and recovers the key with the configured certificate(s) or passphrase.</summary>
    public static ArchiveKey Read(Stream archive, IConfiguration configuration)
    {
        using var header = new MemoryStream();
        var start = ReadExactly(archive, header, Magic.Length + 2);
        if (!start.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new BackupException("This file is not a CpdLog backup archive.");
        }

        if (start[Magic.Length] != Version)
        {
            throw new BackupException($"This backup archive has format version {start[Magic.Length]}; this CpdLog reads version {Version}.");
        }

        byte[] key;
        switch (start[Magic.Length + 1])
        {
            case CertificateMode:
                var thumbprint = ReadExactly(archive, header, 32);
                var length = BinaryPrimitives.ReadUInt16BigEndian(ReadExactly(archive, header, 2));
                var wrapped = ReadExactly(archive, header, length);
                key = Unwrap(configuration, thumbprint, wrapped);
                break;
            case PassphraseMode:
                var iterations = BinaryPrimitives.ReadInt32BigEndian(ReadExactly(archive, header, 4));
                var salt = ReadExactly(archive, header, 16);
                if (iterations is < 100_000 or > 50_000_000)
                {
                    throw new BackupException("The backup archive is damaged (its key-derivation settings are out of range).");
                }

                var passphrase = Passphrase(configuration)
                    ?? throw new BackupException("This archive was encrypted with a passphrase: set Backup:Passphrase (environment Backup__Passphrase) to the passphrase used for the backup.");
                key = Rfc2898DeriveBytes.Pbkdf2(passphrase, salt, iterations, HashAlgorithmName.SHA256, 32);
                break;
            default:
                throw new BackupException("The backup archive is damaged (unknown key mode).");
        }

        var check = ReadExactly(archive, header, 32);
        if (!CryptographicOperations.FixedTimeEquals(check, HMACSHA256.HashData(key, KeyCheckLabel)))
        {
            throw new BackupException("Wrong key: the configured passphrase or certificate does not open this archive (or its header is damaged). Nothing was restored.");
        }

        return new ArchiveKey(key, header.ToArray());
    }

    private static byte[] Unwrap(IConfiguration configuration, byte[] thumbprint, byte[] wrapped)
    {
        if (!KeyProtection.IsConfigured(configuration))
        {
            throw new BackupException("This archive was encrypted for a data-protection certificate: set DataProtection:CertificatePath (and DataProtection:CertificatePassword) to that certificate.");
        }

        var paths = new List<string> { configuration[$"{KeyProtection.Section}:CertificatePath"]! };
        paths.AddRange(configuration.GetSection($"{KeyProtection.Section}:PreviousCertificatePaths").Get<string[]>() ?? []);
        foreach (var path in paths)
        {
            using var certificate = Load(path, configuration[$"{KeyProtection.Section}:CertificatePassword"]);
            if (!certificate.GetCertHash(HashAlgorithmName.SHA256).AsSpan().SequenceEqual(thumbprint))
            {
                continue;
            }

            using var rsa = certificate.GetRSAPrivateKey() ?? throw new BackupException($"The certificate {path} has no RSA private key.");
            try
            {
                return rsa.Decrypt(wrapped, RSAEncryptionPadding.OaepSHA256);
            }
            catch (CryptographicException e)
            {
                throw new BackupException("The backup archive is damaged (its wrapped key cannot be opened with the certificate).", e);
            }
        }

        throw new BackupException(
            $"Wrong key: this archive was encrypted for the certificate with SHA-256 thumbprint {Convert.ToHexString(thumbprint)}, which is not "
            + "DataProtection:CertificatePath or one of DataProtection:PreviousCertificatePaths. Nothing was restored.");
    }

    private static X509Certificate2 CurrentCertificate(IConfiguration configuration)
        => Load(configuration[$"{KeyProtection.Section}:CertificatePath"]!, configuration[$"{KeyProtection.Section}:CertificatePassword"]);

    private static X509Certificate2 Load(string path, string? password)
    {
        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception e) when (e is CryptographicException or IOException)
        {
            throw new BackupException($"The data-protection certificate {path} cannot be read (wrong file or DataProtection:CertificatePassword).", e);
        }
    }

    private static string? Passphrase(IConfiguration configuration)
    {
        var passphrase = configuration["Backup:Passphrase"];
        if (string.IsNullOrEmpty(passphrase))
        {
            return null;
        }

        return passphrase.Length >= MinPassphraseLength
            ? passphrase
            : throw new BackupException($"Backup:Passphrase must be at least {MinPassphraseLength} characters.");
    }

    private static byte[] ReadExactly(Stream archive, MemoryStream header, int count)
    {
        var buffer = new byte[count];
        try
        {
            archive.ReadExactly(buffer);
        }
        catch (EndOfStreamException e)
        {
            throw new BackupException("The backup archive is damaged (it ends inside its header).", e);
        }

        header.Write(buffer);
        return buffer;
    }
}
