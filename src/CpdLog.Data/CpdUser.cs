namespace CpdLog.Data;

using Microsoft.AspNetCore.Identity;

/// <summary>An account. Line-manager and team relations are set by an Admin.</summary>
public sealed class CpdUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public string JobTitle { get; set; } = "";

    /// <summary>The user's line manager (another user), who approves their funding requests.</summary>
    public string? LineManagerId { get; set; }

    /// <summary>Team / cost centre code the user's study is funded from.</summary>
    public string? CostCentre { get; set; }

    /// <summary>Contracted whole-time equivalent (1.0 = full time); pro-rates study leave.</summary>
    public decimal Fte { get; set; } = 1.0m;

    public DateTimeOffset CreatedAt { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>
    /// The day the person left this employer, as an Admin recorded it (null: still employed). Their CPD record is
    /// erased on their request or a configured number of days after it (docs/security.md, "Leavers").
    /// </summary>
    public DateOnly? LeftOn { get; set; }

    /// <summary>When the leaver's CPD record was erased (also the claim that stops a second instance erasing it again).</summary>
    public DateTimeOffset? LeaverRecordErasedAt { get; set; }

    /// <summary>
    /// The last 30-second TOTP time step a code was accepted for: a code (and any earlier one) is refused after it,
    /// so an authenticator code works once only.
    /// </summary>
    public long? LastTotpTimeStep { get; set; }
}
