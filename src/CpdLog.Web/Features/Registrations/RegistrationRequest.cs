namespace CpdLog.Web.Features.Registrations;

/// <summary>What a user sends to add or change a registration (API body; the pages build one from their form).</summary>
public sealed record RegistrationRequest
{
    /// <summary>A catalogue code ("NMC"), alias, or the code of an Admin-defined body.</summary>
    public string? BodyCode { get; init; }

    public string? RegistrationNumber { get; init; }

    /// <summary>yyyy-MM-dd: the renewal date, or the start of the CPD year, as the body's anchor label says.</summary>
    public string? AnchorDate { get; init; }

    /// <summary>Body options by key (see GET /api/v1/bodies); missing keys take the option's default.</summary>
    public Dictionary<string, string?>? Options { get; init; }
}
