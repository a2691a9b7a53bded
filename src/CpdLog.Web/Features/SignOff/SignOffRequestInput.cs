namespace CpdLog.Web.Features.SignOff;

/// <summary>What a registrant sends to ask for a sign-off (page form or <c>POST /api/v1/sign-off-requests</c>).</summary>
public sealed class SignOffRequestInput
{
    public Guid? RegistrationId { get; set; }

    /// <summary><c>Confirmation</c>, <c>Discussion</c> or <c>Attestation</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>The recipient's name.</summary>
    public string? Name { get; set; }

    /// <summary>The recipient's e-mail address: never one of the registrant's own.</summary>
    public string? Email { get; set; }

    /// <summary>Show the recipient records marked private too (off by default).</summary>
    public bool IncludePrivate { get; set; }
}
