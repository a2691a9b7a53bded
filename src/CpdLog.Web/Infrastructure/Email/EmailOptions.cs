namespace CpdLog.Web.Infrastructure.Email;

public sealed class EmailOptions
{
    /// <summary><c>Pickup</c> (default: .eml files in <see cref="PickupDirectory"/>) or <c>Smtp</c>.</summary>
    public string Mode { get; set; } = "Pickup";

    public string From { get; set; } = "cpdlog@localhost";

    public string FromName { get; set; } = "CpdLog";

    /// <summary>Default: <c>{Storage:DataPath}/mail</c>.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>
    /// Absolute base URL for links in messages, e.g. https://cpd.example.nhs.uk. Required in Production (see
    /// <see cref="PublicAddress"/>); elsewhere it defaults to <see cref="PublicAddress.DevelopmentDefault"/>.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>Lets <see cref="BaseUrl"/> be http in Production (a lab without TLS). Off by default.</summary>
    public bool AllowHttpLinks { get; set; }

    public SmtpSettings Smtp { get; set; } = new();

    public sealed class SmtpSettings
    {
        public string Host { get; set; } = "localhost";

        public int Port { get; set; } = 25;

        /// <summary><c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c> or <c>SslOnConnect</c> (MailKit's SecureSocketOptions).</summary>
        public string Security { get; set; } = "StartTlsWhenAvailable";

        public string? Username { get; set; }

        public string? Password { get; set; }
    }
}
