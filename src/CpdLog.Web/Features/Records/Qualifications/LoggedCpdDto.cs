namespace CpdLog.Web.Features.Records.Qualifications;

/// <summary>The CPD activity a module was logged as; <see cref="Created"/> false when it had been logged before.</summary>
public sealed record LoggedCpdDto(Guid ActivityId, bool Created);
