namespace CpdLog.Web.Features.Funding;

using CpdLog.Web.Features.Registrations;

/// <summary>One report's year and how each of their registrations stands: status and deadline only, never the records behind it.</summary>
public sealed record TeamMemberOverview(TeamMemberYear Member, IReadOnlyList<RegistrationStatus> Registrations);
