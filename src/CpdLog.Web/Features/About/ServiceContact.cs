namespace CpdLog.Web.Features.About;

/// <summary>
/// Who runs this copy of CpdLog and how to reach them, for the accessibility statement and the privacy notice:
/// <c>About:Organisation</c> and <c>About:ContactEmail</c> (falls back to <c>Email:From</c>, the address the
/// service's e-mails come from).
/// </summary>
public sealed record ServiceContact(string Organisation, string? Email)
{
    public static ServiceContact From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var organisation = configuration["About:Organisation"];
        var email = configuration["About:ContactEmail"];
        return new(
            string.IsNullOrWhiteSpace(organisation) ? "the organisation that runs this service" : organisation.Trim(),
            string.IsNullOrWhiteSpace(email) ? configuration["Email:From"] : email.Trim());
    }
}
