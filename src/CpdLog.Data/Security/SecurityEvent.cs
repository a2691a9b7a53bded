namespace CpdLog.Data.Security;

/// <summary>
/// One account security event (sign-in, failure, lockout, two-factor or password change). Append-only: the context
/// refuses to change or delete one, like the funding audit.
/// </summary>
public sealed class SecurityEvent
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public SecurityEventKind Kind { get; set; }

    /// <summary>The account concerned, when one exists (a failed sign-in for an unknown address has none).</summary>
    public string? UserId { get; set; }

    /// <summary>The address as typed or as held on the account (at most 256 characters).</summary>
    public string? Email { get; set; }

    public string? ClientAddress { get; set; }

    public string? Detail { get; set; }
}
