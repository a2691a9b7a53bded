namespace CpdLog.Web.Features.Registrations;

using CpdLog.Core.Compliance.Progress;

/// <summary>A registration judged today, with its progress over the cycle and its next actions.</summary>
public sealed record RegistrationOverview(RegistrationStatus Status, CycleProgress? Progress, IReadOnlyList<NextAction> NextActions);
