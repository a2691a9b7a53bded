namespace CpdLog.Core.SignOffs;

/// <summary>
/// One step of a sign-off request: asked, signed, declined, withdrawn, or a refused use of its link. Append-only, like
/// the other audits: the database context refuses to change or delete an entry.
/// </summary>
public sealed class SignOffEvent
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid SignOffRequestId { get; set; }

    /// <summary>The registrant the request belongs to.</summary>
    public string OwnerId { get; set; } = "";

    public DateTimeOffset At { get; set; }

    /// <summary><c>Requested</c>, <c>Signed</c>, <c>Declined</c>, <c>Withdrawn</c> or <c>LinkRefused</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Who acted: <c>registrant</c>, or <c>recipient &lt;e-mail&gt;</c> (the address the link was sent to).</summary>
    public string Actor { get; set; } = "";

    /// <summary>What was entered (the signer's details, a decline reason) or why a link was refused.</summary>
    public string Details { get; set; } = "";

    /// <summary>SHA-256 of what the recipient saw and entered (signed and declined answers); empty otherwise.</summary>
    public string ContentSha256 { get; set; } = "";
}
