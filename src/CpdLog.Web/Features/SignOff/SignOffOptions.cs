namespace CpdLog.Web.Features.SignOff;

/// <summary>Sign-off by e-mail settings (section <c>SignOff</c>).</summary>
public sealed class SignOffOptions
{
    public const string Section = "SignOff";

    /// <summary>How long a link works, in days (default 30).</summary>
    public int LinkLifetimeDays { get; set; } = 30;

    /// <summary>Requests to the public sign-off page allowed per client address per window (default 30 per 10 minutes).</summary>
    public int PermitLimit { get; set; } = 30;

    public int WindowSeconds { get; set; } = 600;
}
