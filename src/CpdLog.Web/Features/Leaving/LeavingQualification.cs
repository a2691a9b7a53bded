namespace CpdLog.Web.Features.Leaving;

/// <summary>A qualification in progress (or planned): the funding from this employer it is linked to and what of it stops.</summary>
public sealed record LeavingQualification(Guid Id, string Title, string AwardingBody, DateOnly ExpectedCompletionDate, IReadOnlyList<LeavingSupport> Support);
