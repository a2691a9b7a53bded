namespace CpdLog.Core.Administration;

/// <summary>
/// One administrative act: who did it, when, to what, and the value before and after. Append-only, like the funding
/// audit: the database context refuses to change or delete an entry.
/// </summary>
public sealed class AdminAuditEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public DateTimeOffset At { get; set; }

    public string ActorId { get; set; } = "";

    /// <summary>What was done, e.g. <c>RolesChanged</c>, <c>LineManagerChanged</c>, <c>CostCentreHeld</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>What it was done to: a user id, a cost centre and year, a template or body id.</summary>
    public string Subject { get; set; } = "";

    public string Before { get; set; } = "";

    public string After { get; set; } = "";
}
