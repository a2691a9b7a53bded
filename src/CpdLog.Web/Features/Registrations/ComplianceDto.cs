namespace CpdLog.Web.Features.Registrations;

using CpdLog.Web.Api.Paging;
using System.Globalization;
using System.Security.Claims;
using CpdLog.Core.Compliance;
using CpdLog.Core.Registrations;
using CpdLog.Data;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

public sealed record ComplianceDto(
    Guid RegistrationId,
    string Body,
    string BodyName,
    string RuleVersion,
    DateOnly AsOf,
    DateOnly CycleStart,
    DateOnly CycleEnd,
    DateOnly Deadline,
    int DaysLeft,
    bool Met,
    string Status,
    IReadOnlyList<RequirementDto> Requirements)
{
    /// <summary>HCPC: gaps of three months or more, explained or not; empty for other bodies.</summary>
    public IReadOnlyList<GapDto> Gaps { get; init; } = [];

    /// <summary>Requirements whose result changed because a rule was corrected.</summary>
    public IReadOnlyList<CorrectionDto> Corrections { get; init; } = [];
}
