namespace CpdLog.Web.Features.Registrations;

public sealed record RegistrationDto(
    Guid Id,
    string BodyCode,
    string BodyName,
    string RegistrationNumber,
    DateOnly AnchorDate,
    IReadOnlyDictionary<string, string> Options,
    string? RuleVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
