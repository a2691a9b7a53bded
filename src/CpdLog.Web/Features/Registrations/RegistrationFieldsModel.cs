namespace CpdLog.Web.Features.Registrations;

/// <summary>The model of <c>_RegistrationFields.cshtml</c>.</summary>
public sealed record RegistrationFieldsModel(BodyInfo Body, RegistrationForm Input);
